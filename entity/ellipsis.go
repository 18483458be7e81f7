package entity

import (
	"sort"

	"github.com/kathan-nlp/kathan/normalize"
)

// directions are the compass words that open the names of divided countries (ઉત્તર કોરિયા,
// દક્ષિણ કોરિયા, દક્ષિણ સુદાન), folded, each with its opposite.
var directions = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{{"ઉત્તર", "દક્ષિણ"}, {"પૂર્વ", "પશ્ચિમ"}} {
		a, b := string(normalize.Fold(nil, p[0])), string(normalize.Fold(nil, p[1]))
		m[a], m[b] = b, a
	}
	return m
}()

// ellipticCountries finds the bare compass word that stands for a divided country once the
// document has named it in full: after ઉત્તર કોરિયા, "ઉત્તરથી આવેલા શરણાર્થીઓ" and "ઉત્તર અને
// દક્ષિણના સંબંધ" mean the two Koreas. The word counts only as a noun: with a case suffix other
// than the locative (ઉત્તરમાં is "in the north"), or joined by અને to the opposite word; before
// another word it is an adjective (ઉત્તર કોરિયાઈ, ઉત્તર ભાગ).
func (r *Recognizer) ellipticCountries(d *Document, s *scratch, cands []candidate) []candidate {
	toks := d.Tokens
	var found map[string]int32 // folded compass word -> country entry
	for _, c := range cands {
		if c.typ != Location || c.entry < 0 || c.last != c.first+1 || !majorPlace[r.lex.Entries[c.entry].Kind] {
			continue
		}
		dir := s.w(c.first)
		opp, ok := directions[dir]
		if !ok {
			continue
		}
		rest := s.w(c.last)
		if c.sufLen > 0 {
			for si, sp := range s.splits(c.last) {
				if len(sp.Suffix) == c.sufLen {
					rest = s.sf(c.last, si)
				}
			}
		}
		if found == nil {
			found = map[string]int32{}
		}
		found[dir] = c.entry
		if _, ok := found[opp]; !ok {
			if ids := r.lex.lookupKey(opp + " " + rest); len(ids) > 0 && r.lex.Entries[ids[0]].Type == Location {
				found[opp] = ids[0]
			}
		}
	}
	if found == nil {
		return cands
	}
	covered := make([]bool, len(toks))
	for _, c := range cands {
		for k := c.first; k <= c.last; k++ {
			covered[k] = true
		}
	}
	word := func(k int) string {
		if k < 0 || k >= len(toks) || toks[k].Kind != Word {
			return ""
		}
		return s.w(k)
	}
	n := len(cands)
	for i, t := range toks {
		if covered[i] || t.Kind != Word || t.Script != Gujarati {
			continue
		}
		if e, ok := found[s.w(i)]; ok {
			opp := directions[s.w(i)]
			if word(i+1) == "અને" && stemIs(s, i+2, opp) || word(i-1) == "અને" && word(i-2) == opp {
				cands = append(cands, candidate{first: i, last: i, typ: Location, entry: e, source: "rule", rule: "ellipsis"})
			}
			continue
		}
		for si, sp := range s.splits(i) {
			e, ok := found[s.sf(i, si)]
			if !ok {
				continue
			}
			if sp.Case != Locative && !pluralSuffix(sp.Suffix) {
				cands = append(cands, candidate{first: i, last: i, sufLen: len(sp.Suffix), suffix: sp.Suffix, cas: sp.Case,
					typ: Location, entry: e, source: "rule", rule: "ellipsis"})
			}
			break
		}
	}
	if len(cands) > n {
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].first < cands[b].first })
	}
	return cands
}

// stemIs reports whether token k is the folded word w, bare or with a case suffix.
func stemIs(s *scratch, k int, w string) bool {
	if k >= len(s.fold.offs)-1 {
		return false
	}
	if s.w(k) == w {
		return true
	}
	for si := range s.splits(k) {
		if s.sf(k, si) == w {
			return true
		}
	}
	return false
}
