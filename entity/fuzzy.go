package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// Foreign people's names are spelled many ways in Gujarati (હિલેરી ક્લિન્ટન, હેલરી ક્લિંટન;
// બોરિસ જોન્સન, બોરિસ જોહ્નસન). Two adjacent words that no list knows, neither of them an
// ordinary word, are compared with the lexicon's two- and three-word names of people that share
// their consonant skeleton (folded, without vowels, virama, nasal signs and the silent medial હ),
// and taken when normalize.Similarity is high. One-word forms are not compared: too many ordinary
// words share a skeleton with some name.

const fuzzyMinSimilarity = 0.75

// personSkeleton appends the skeleton of a folded name to dst, words run together.
func personSkeleton(dst []byte, w string) []byte {
	first := true
	for _, r := range w {
		if r == ' ' {
			first = true
			continue
		}
		switch normalize.KindOf(r) {
		case normalize.Consonant:
			if r != 'હ' || first {
				dst = utf8.AppendRune(dst, r)
			}
		case normalize.VowelLetter:
			if first {
				dst = utf8.AppendRune(dst, r)
			}
		}
		first = false
	}
	return dst
}

// hasPersonSkeleton reports a folded two- or three-word Gujarati name of a person.
func hasPersonSkeleton(form string, t Type) bool {
	if t != Person || form == "" || form[0] < 0x80 {
		return false
	}
	words := 1
	for i := 0; i < len(form); i++ {
		if form[i] == ' ' {
			words++
		}
	}
	return words >= 2 && words <= 3
}

// addPersonSkeleton indexes a person's form by its skeleton, and the skeleton of its first word.
func (lx *Lexicon) addPersonSkeleton(form, skel string, id int32) {
	if lx.skel == nil {
		lx.skel = make(map[string][]int32, 16384)
		lx.skelFirst = make(map[string]bool, 4096)
	}
	if ids, ok := lx.skel[skel]; ok {
		if !slices.Contains(ids, id) {
			lx.skel[skel] = append(ids, id)
		}
	} else {
		lx.skel[skel] = lx.self[id : id+1 : id+1] // one entry, without allocating
	}
	// The skeleton of the first word is a prefix of the skeleton of the name (a substring of
	// the file's skeletons, so the key allocates nothing).
	sp := strings.IndexByte(form, ' ')
	lx.skelBuf = personSkeleton(lx.skelBuf[:0], form[:sp])
	lx.skelFirst[skel[:len(lx.skelBuf)]] = true
}

// reading is a word read with or without a case suffix.
type reading struct {
	w      string
	sufLen int
	suf    string
	cas    Case
}

// fuzzyPersons finds two-word names of people that are spelling variants of lexicon names.
func (r *Recognizer) fuzzyPersons(d *Document, s *scratch, first, last int, out []candidate, start int) []candidate {
	toks := d.Tokens
	lx := r.lex
	added := false
	for i := first; i+1 < last; i++ {
		a, b := toks[i], toks[i+1]
		// The first word may already be a one-word person (the alias બોરિસ of Boris Johnson):
		// બોરિસ જોહ્નસન is the longer name.
		ci := coveredBy(out, start, i)
		if ci >= 0 {
			if c := out[ci]; c.first != i || c.last != i || c.typ != Person || c.sufLen > 0 || c.suffixTok {
				continue
			}
		}
		if a.Kind != Word || b.Kind != Word || a.Script != Gujarati || b.Script != Gujarati || !b.SpaceBefore ||
			coveredBy(out, start, i+1) >= 0 ||
			s.tflag[i]&fNotName != 0 || len(s.splits(i)) > 0 || !r.rules.nameLike(s.w(i)) {
			continue
		}
		if s.stem = personSkeleton(s.stem[:0], s.w(i)); !lx.skelFirst[string(s.stem)] {
			continue // no known person's name starts like this word
		}
		// the second word with or without its suffix; the reading whose name is most like a
		// known one wins: વર્સ્ટપને is વર્સ્ટપન + ે
		sps := s.splits(i + 1)
		best, bestSim, bestReading := int32(-1), 0.0, reading{}
		for ri := -1; ri < len(sps); ri++ {
			rd := reading{s.w(i + 1), 0, "", NoCase}
			if ri >= 0 {
				rd = reading{s.sf(i+1, ri), len(sps[ri].Suffix), sps[ri].Suffix, sps[ri].Case}
				if rd.suf == "ને" && neIsErgative(s, i+1, sps) {
					continue // વીરમૅને is વીરમૅન + ે, not વીરમૅ + ને (which looks like વર્મા)
				}
			}
			if r.rules.isCommon(rd.w) || !r.rules.nameLike(rd.w) {
				continue
			}
			name := s.w(i) + " " + rd.w
			s.stem = personSkeleton(s.stem[:0], name)
			for _, id := range lx.skel[string(s.stem)] {
				if sim := normalize.Similarity(name, string(normalize.Fold(nil, lx.Entries[id].Gu))); sim > bestSim {
					best, bestSim, bestReading = id, sim, rd
				}
			}
		}
		if best >= 0 && bestSim >= fuzzyMinSimilarity {
			if ci >= 0 {
				out = append(out[:ci], out[ci+1:]...)
			}
			out = append(out, candidate{first: i, last: i + 1, sufLen: bestReading.sufLen, suffix: bestReading.suf, cas: bestReading.cas,
				typ: Person, entry: best, source: "lexicon", rule: "variant"})
			added = true
			i++
		}
	}
	if added {
		return sortCands(out, start)
	}
	return out
}
