package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// Translators misspell the places of foreign news (બિર્મિનઘામ for બર્મિંગહામ, ઇંગ્લેડ for
// ઇંગ્લેન્ડ, પેસેફિક for પેસિફિક). A long word that no list knows is compared with the one-word
// names of countries, states, cities and towns that share its sound skeleton — consonants only,
// aspirates as plain stops, retroflex as dental, sibilants as one, the silent હ and a nasal
// before a consonant dropped — and taken when normalize.Similarity agrees. Short words are not
// compared: too many ordinary words share a skeleton with some short place name.

const (
	fuzzyPlaceMinLetters    = 5
	fuzzyPlaceMinSimilarity = 0.81
)

// fuzzyPlaceKinds are the kinds of places whose one-word names are compared.
var fuzzyPlaceKinds = map[string]bool{"country": true, "capital": true, "state": true, "state-capital": true,
	"province": true, "territory": true, "city": true, "town": true, "county": true, "island": true}

// soundClass maps the Gujarati block (U+0A80-0AFF) to the class placeSkeleton writes for each
// consonant: aspirates as plain stops, retroflex as dental, the sibilants as one.
var soundClass = func() (t [128]rune) {
	for i := range t {
		t[i] = rune(0x0A80 + i)
	}
	for from, to := range map[rune]rune{
		'ખ': 'ક', 'ઘ': 'ગ', 'છ': 'ચ', 'ઝ': 'જ', 'ઠ': 'ત', 'ઢ': 'દ', 'ટ': 'ત', 'ડ': 'દ', 'થ': 'ત', 'ધ': 'દ',
		'ણ': 'ન', 'ફ': 'પ', 'ભ': 'બ', 'શ': 'સ', 'ષ': 'સ', 'ળ': 'લ',
	} {
		t[from-0x0A80] = to
	}
	return t
}()

// placeSkeleton appends the sound skeleton of a folded one-word name to dst.
func placeSkeleton(dst []byte, w string) []byte {
	first := true
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch normalize.KindOf(r) {
		case normalize.Consonant:
			if r == 'હ' && !first {
				break
			}
			if r == 'ન' || r == 'મ' {
				// a nasal before a consonant is the nasal of a cluster, written or not
				if next, _ := utf8.DecodeRuneInString(w[i:]); normalize.KindOf(next) == normalize.Consonant {
					break
				}
			}
			if r >= 0x0A80 && r < 0x0B00 {
				r = soundClass[r-0x0A80]
			}
			if last, _ := utf8.DecodeLastRune(dst); last == r && !first {
				break // a doubled sound
			}
			dst = utf8.AppendRune(dst, r)
		case normalize.VowelLetter:
			if first {
				dst = append(dst, 'A')
			}
		}
		first = false
	}
	return dst
}

// placeIndex collects the one-word forms of places of the compared kinds while the lexicon is
// indexed, and builds their skeleton index at the end from one buffer, so that the keys need no
// allocation each.
type placeIndex struct {
	forms []string
	ids   []int32
}

func (p *placeIndex) note(form string, id int32) {
	if form[0] >= 0x80 && strings.IndexByte(form, ' ') < 0 && letters(form) >= fuzzyPlaceMinLetters {
		p.forms = append(p.forms, form)
		p.ids = append(p.ids, id)
	}
}

func (p *placeIndex) build(lx *Lexicon) {
	var buf []byte
	ends := make([]int, len(p.forms))
	for i, f := range p.forms {
		buf = placeSkeleton(buf, f)
		ends[i] = len(buf)
	}
	all := string(buf)
	lx.placeSkel = make(map[string][]int32, len(p.forms))
	start := 0
	for i, id := range p.ids {
		k := all[start:ends[i]]
		start = ends[i]
		if ids, ok := lx.placeSkel[k]; !ok {
			lx.placeSkel[k] = lx.self[id : id+1 : id+1]
		} else if !slices.Contains(ids, id) {
			lx.placeSkel[k] = append(ids, id)
		}
	}
}

// fuzzyPlaces finds one-word spelling variants of known places among the words the lexicon left.
func (r *Recognizer) fuzzyPlaces(d *Document, s *scratch, first, last int, out []candidate, start int) []candidate {
	toks := d.Tokens
	lx := r.lex
	added := false
	for i := first; i < last; i++ {
		t := toks[i]
		if t.Kind != Word || t.Script != Gujarati || s.tflag[i]&(fNotName|fGiven|fSurname|fAmbiguous) != 0 ||
			coveredBy(out, start, i) >= 0 || i+1 < last && toks[i+1].Kind == Word && s.tflag[i+1]&fOrgHead != 0 {
			continue
		}
		if len(s.w(i)) < 3*fuzzyPlaceMinLetters || letters(s.w(i)) < fuzzyPlaceMinLetters {
			continue // (most words are short: the cheap test first)
		}
		// An inflected ordinary word (કૅપ્ટનની) or a plural (ક્ષેત્રોમાં) is no place.
		ordinary := false
		for si, sp := range s.splits(i) {
			if r.rules.isCommon(s.sf(i, si)) || pluralSuffix(sp.Suffix) {
				ordinary = true
			}
		}
		if ordinary {
			continue
		}
		// the stems before a case suffix, or the word bare when it has none
		best, bestSim, bestSplit := int32(-1), 0.0, -1
		n := len(s.splits(i))
		for ri := 0; ri <= n; ri++ {
			si := ri
			w := s.w(i)
			if ri < n {
				w = s.sf(i, si)
			} else if n > 0 {
				break // an inflected word is read through its stems only: the skeleton of the
				// suffix would run into the name's (બિર્મિન્ગામમાં, પ્રસૂતિના)
			} else {
				si = -1
			}
			s.stem = placeSkeleton(s.stem[:0], w)
			ids := lx.placeSkel[string(s.stem)]
			if len(ids) == 0 || letters(w) < fuzzyPlaceMinLetters || !r.rules.nameLike(w) || r.rules.isGivenName(w) || r.rules.surnames[w] != "" {
				continue
			}
			for _, id := range ids {
				if sim := normalize.Similarity(w, lx.Entries[id].Gu); sim > bestSim {
					best, bestSim, bestSplit = id, sim, si
				}
			}
		}
		if best < 0 || bestSim < fuzzyPlaceMinSimilarity {
			continue
		}
		c := candidate{first: i, last: i, entry: best, typ: Location, source: "lexicon", rule: "variant"}
		if bestSplit >= 0 {
			sp := s.splits(i)[bestSplit]
			c.sufLen, c.suffix, c.cas = len(sp.Suffix), sp.Suffix, sp.Case
		}
		out = append(out, c)
		added = true
	}
	if added {
		return sortCands(out, start)
	}
	return out
}
