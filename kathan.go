// Package kathan reads Gujarati news (often mixed with English) and answers two questions: who
// and what is named in it (people, places, organizations, linked into entities with canonical
// English names) and who claims what (attributed claims linked to their sources).
//
// Analyze runs the whole pipeline and returns the Result that the kathan command prints as
// JSON. The stages are usable alone: normalize (clean-up with an offset map, romanization,
// cross-script match keys), entity (tokens, case suffixes, recognition, linking) and claims.
//
// Every span in a Result is a byte range of the caller's original input.
package kathan

import (
	"github.com/kathan-nlp/kathan/claims"
	"github.com/kathan-nlp/kathan/entity"
)

// Result is the analysis of one document, in the shape of design/output-schema.md.
type Result struct {
	File     string           `json:"file,omitempty"` // set by callers that process files
	Bytes    int              `json:"bytes"`
	Warnings []string         `json:"warnings"`
	Entities []entity.Entity  `json:"entities"`
	Mentions []entity.Mention `json:"mentions"`
	Claims   []claims.Claim   `json:"claims"`
}

// Analyze analyzes one document with the shared recognizer (safe for concurrent use).
func Analyze(text string) (*Result, error) {
	d, err := entity.New().Analyze(text)
	if err != nil {
		return nil, err
	}
	return FromDocument(d), nil
}

// FromDocument builds the Result of an analyzed document, extracting its claims.
func FromDocument(d *entity.Document) *Result {
	r := &Result{
		Bytes:    len(d.Input),
		Warnings: d.Warnings,
		Entities: d.Entities,
		Mentions: d.Mentions,
		Claims:   claims.Extract(d),
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
	if r.Entities == nil {
		r.Entities = []entity.Entity{}
	}
	if r.Mentions == nil {
		r.Mentions = []entity.Mention{}
	}
	return r
}
