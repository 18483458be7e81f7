package entity

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v3"
)

// With Options.EnglishNER, English sentences inside Gujarati news (a quoted tweet, a company
// statement, an English headline) go through prose v3's English pipeline, whose NER knows English
// names the lexicon does not. Only sentences that are mostly Latin words are sent to it; Latin
// names inside Gujarati sentences are left to the lexicon and the rules. prose's model is loaded
// once per process (prose keeps it in a sync.OnceValues).
//
// It is off by default because it does not earn its cost on Gujarati news: measured on the
// fixtures it found 4 more mentions out of 1,357 (strict F1 0.757 -> 0.760) and halved the
// throughput of the whole stage (prose runs at about 0.2 MB/s).

// proseOK reports whether prose loaded; if it did not, English sentences get lexicon and rules
// only.
var proseOK = sync.OnceValue(func() bool {
	_, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
	return err == nil
})

// isEnglish reports a sentence of at least four words, four fifths of them Latin.
func isEnglish(toks []Token, first, last int) bool {
	latin, words := 0, 0
	for k := first; k < last; k++ {
		if toks[k].Kind != Word {
			continue
		}
		words++
		if toks[k].Script == Latin {
			latin++
		}
	}
	return words >= 4 && latin*5 >= words*4
}

// proseLabels maps prose's labels to kathan's types.
var proseLabels = map[string]Type{
	"PERSON": Person, "GPE": Location, "LOC": Location, "LOCATION": Location, "FAC": Location,
	"ORG": Organization, "ORGANIZATION": Organization, "NORP": "",
}

// englishPass adds prose's entities of an English sentence where lexicon and rules found
// nothing. The lexicon's type wins over prose's (prose calls Pyongyang a person).
func (r *Recognizer) englishPass(d *Document, s *scratch, first, last int, out []candidate, start int) []candidate {
	toks := d.Tokens
	if !r.opts.EnglishNER || !isEnglish(toks, first, last) || !proseOK() {
		return out
	}
	text := d.Clean.Text
	base := toks[first].CStart
	pd, err := prose.NewDocument(text[base:toks[last-1].CEnd], prose.WithSegmentation(false))
	if err != nil {
		return out
	}
	for _, e := range pd.Entities() {
		typ := proseLabels[e.Label]
		if typ == "" {
			continue
		}
		a, b := base+e.Start, base+e.Start+len(e.Text)
		lo, hi := -1, -1
		for k := first; k < last; k++ {
			if toks[k].CStart >= a && toks[k].CEnd <= b && toks[k].Kind == Word {
				if lo < 0 {
					lo = k
				}
				hi = k
			}
		}
		if lo < 0 {
			continue
		}
		// possessive 's stays outside: "Trump's" is Trump
		if strings.HasSuffix(toks[hi].Text, "'s") || strings.HasSuffix(toks[hi].Text, "’s") {
			continue
		}
		clash := false
		for k := lo; k <= hi; k++ {
			if coveredBy(out, start, k) >= 0 || !isCapitalized(toks[k].Text) {
				clash = true
			}
		}
		if clash || r.rules.isCommon(s.w(lo)) && lo == hi {
			continue
		}
		out = append(out, candidate{first: lo, last: hi, typ: typ, entry: -1, source: "model", rule: "prose"})
	}
	return sortCands(out, start)
}
