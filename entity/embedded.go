package entity

// The data files are embedded as strings, one variable each, because a string embeds without a
// copy: reading an embed.FS copies every file (about 3 MB) on each load.

import _ "embed"

//go:embed lexicon/people.tsv
var dataPeople string

//go:embed lexicon/people-world.tsv
var dataPeopleWorld string

//go:embed lexicon/organizations.tsv
var dataOrganizations string

//go:embed lexicon/organizations-world.tsv
var dataOrganizationsWorld string

//go:embed lexicon/india-places.tsv
var dataIndiaPlaces string

//go:embed lexicon/world-places.tsv
var dataWorldPlaces string

//go:embed lexicon/world-places-extra.tsv
var dataWorldPlacesExtra string

//go:embed lexicon/core.tsv
var dataCore string

//go:embed lexicon/projected.tsv
var dataProjected string

//go:embed lexicon/src/wikidata-typed.tsv
var dataWikidataTyped string

//go:embed lexicon/rules/common-acronyms.tsv
var dataCommonAcronymsRule string

//go:embed lexicon/rules/common-gu.tsv
var dataCommonGuRule string

//go:embed lexicon/rules/common-not-names.tsv
var dataCommonNotNamesRule string

//go:embed lexicon/rules/foreign-given-names.tsv
var dataForeignGivenNamesRule string

//go:embed lexicon/rules/given-names.tsv
var dataGivenNamesRule string

//go:embed lexicon/rules/nationalities.tsv
var dataNationalitiesRule string

//go:embed lexicon/rules/org-heads.tsv
var dataOrgHeadsRule string

//go:embed lexicon/rules/org-modifiers.tsv
var dataOrgModifiersRule string

//go:embed lexicon/rules/place-heads.tsv
var dataPlaceHeadsRule string

//go:embed lexicon/rules/surnames.tsv
var dataSurnamesRule string

//go:embed lexicon/rules/titles.tsv
var dataTitlesRule string

//go:embed lexicon/rules/verb-roots.tsv
var dataVerbRootsRule string

// dataFiles maps the embedded paths to their contents.
var dataFiles = map[string]string{
	"lexicon/people.tsv":                    dataPeople,
	"lexicon/people-world.tsv":              dataPeopleWorld,
	"lexicon/organizations.tsv":             dataOrganizations,
	"lexicon/organizations-world.tsv":       dataOrganizationsWorld,
	"lexicon/india-places.tsv":              dataIndiaPlaces,
	"lexicon/world-places.tsv":              dataWorldPlaces,
	"lexicon/world-places-extra.tsv":        dataWorldPlacesExtra,
	"lexicon/core.tsv":                      dataCore,
	"lexicon/projected.tsv":                 dataProjected,
	"lexicon/src/wikidata-typed.tsv":        dataWikidataTyped,
	"lexicon/rules/common-acronyms.tsv":     dataCommonAcronymsRule,
	"lexicon/rules/common-gu.tsv":           dataCommonGuRule,
	"lexicon/rules/common-not-names.tsv":    dataCommonNotNamesRule,
	"lexicon/rules/foreign-given-names.tsv": dataForeignGivenNamesRule,
	"lexicon/rules/given-names.tsv":         dataGivenNamesRule,
	"lexicon/rules/nationalities.tsv":       dataNationalitiesRule,
	"lexicon/rules/org-heads.tsv":           dataOrgHeadsRule,
	"lexicon/rules/org-modifiers.tsv":       dataOrgModifiersRule,
	"lexicon/rules/place-heads.tsv":         dataPlaceHeadsRule,
	"lexicon/rules/surnames.tsv":            dataSurnamesRule,
	"lexicon/rules/titles.tsv":              dataTitlesRule,
	"lexicon/rules/verb-roots.tsv":          dataVerbRootsRule,
}

// dataFile returns an embedded data file by path, and whether there is one.
func dataFile(name string) (string, bool) {
	s, ok := dataFiles[name]
	return s, ok
}
