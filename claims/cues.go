package claims

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/kathan-nlp/kathan/normalize"
)

// cues.tsv lists reporting cues with their stance, writer commitment and usual form;
// markers.tsv lists the words around them: time and frequency words, hedges, pronoun and
// descriptor sources, and the કે that is not a complementizer.
//
//go:embed cues.tsv
var cuesTSV string

//go:embed markers.tsv
var markersTSV string

// Cue kinds.
const (
	kindVerb         = "verb"
	kindFrame        = "frame"
	kindImpersonal   = "impersonal"
	kindEnglishVerb  = "english_verb"
	kindEnglishFrame = "english_frame"
)

// cue is one pattern of cues.tsv, as folded words.
type cue struct {
	words      []string
	kind       string
	stance     string
	commitment string
	form       string
	genitive   bool   // a frame whose first word is a case ending fused to the source in text
	marker     string // that ending, folded: ના, નિ, નો, નું, નાં (genitive) or ને (dative: X ને લાગે છે)
}

type cueSet struct {
	byFirst map[string][]*cue // folded first word -> patterns, longest first
	markers map[string]string // folded marker -> kind
	multi   map[string][][]string
}

// genitives are the genitive endings, folded (ની folds to નિ); a frame row starting with one
// matches a source word that carries it fused.
var genitives = map[string]bool{fold("ના"): true, fold("ની"): true, fold("નો"): true, fold("નું"): true, fold("નાં"): true, fold("નુ"): true}

var loadCues = sync.OnceValue(func() *cueSet {
	cs := &cueSet{byFirst: map[string][]*cue{}, markers: map[string]string{}, multi: map[string][][]string{}}
	for _, line := range strings.Split(cuesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 || f[0] == "pattern" {
			continue
		}
		c := &cue{kind: f[1], stance: f[2], commitment: f[3], form: f[4]}
		for _, w := range strings.Fields(f[0]) {
			c.words = append(c.words, fold(w))
		}
		if len(c.words) == 0 {
			continue
		}
		if c.kind == kindFrame && (genitives[c.words[0]] || c.words[0] == fold("ને")) && len(c.words) > 1 {
			c.genitive, c.marker = true, c.words[0]
			c.words = c.words[1:]
		}
		cs.byFirst[c.words[0]] = append(cs.byFirst[c.words[0]], c)
	}
	for k, list := range cs.byFirst {
		sortLongestFirst(list)
		cs.byFirst[k] = list
	}
	for _, line := range strings.Split(markersTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || f[0] == "word" {
			continue
		}
		words := strings.Fields(f[0])
		for i := range words {
			words[i] = fold(words[i])
		}
		if len(words) == 1 {
			if _, ok := cs.markers[words[0]]; !ok {
				cs.markers[words[0]] = f[1]
			}
			continue
		}
		cs.multi[f[1]] = append(cs.multi[f[1]], words)
	}
	return cs
})

func sortLongestFirst(list []*cue) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j].words) > len(list[j-1].words); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

func fold(s string) string { return string(normalize.Fold(nil, s)) }

// foldedSet returns the folded forms of the space-separated words.
func foldedSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[fold(w)] = true
	}
	return m
}
