package entity

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// andFolded and tathaFolded are the words that join the last member of a list (the comma is a
// token of its own); compared as strings, since a map lookup for every token costs more.
var (
	andFolded   = string(normalize.Fold(nil, "અને"))
	tathaFolded = string(normalize.Fold(nil, "તથા"))
)

// listEnds are the postpositions that may follow the last member of a list of places.
var listEnds = foldedSet("ખાતે સુધી વચ્ચે જેવા જેવાં જેવી જેવો સહિત સહિતના સહિતનાં સહિતની તરફ પાસે નજીક વગેરે")

// nagar is the folded -નગર of town and quarter names (કામનાથનગર, બાપુનગર); the words that end
// in it and are no names are listed in notNagar.
var (
	nagar    = string(normalize.Fold(nil, "નગર"))
	notNagar = foldedSet("નગર મહાનગર ઉપનગર")
)

// placeLists finds the places no list knows from the places around them. Local news names the
// quarters of a city or the villages of a taluka in enumerations (સયાજીગંજ, કારેલીબાગ, વડસર,
// અકોટા અને ફતેગંજમાં): in a list joined by commas and a final અને or તથા, with at least two
// known places, an unknown name-like word is a place too. The word must be no ordinary word; it
// may carry a case suffix only as the last member, where the list's suffix goes (વરાછા, કતારગામ
// અને મહિધરપુરાનાં). A comma alone joins clauses as often as names, so the final joiner is
// required. A word ending in -નગર (કામનાથનગર, બાપુનગર) is a place on its own.
func (r *Recognizer) placeLists(d *Document, s *scratch, cands []candidate) []candidate {
	toks := d.Tokens
	at := s.at[:0] // candidate index + 1 covering each token, or 0
	for range toks {
		at = append(at, 0)
	}
	s.at = at
	for ci, c := range cands {
		for k := c.first; k <= c.last && k < len(toks); k++ {
			at[k] = int32(ci + 1)
		}
	}
	comma := func(k int) bool { return k < len(toks) && toks[k].Kind != Word && toks[k].Text == "," }
	andWord := func(k int) bool {
		if k >= len(toks) || toks[k].Kind != Word {
			return false
		}
		w := s.w(k)
		return w == andFolded || w == tathaFolded
	}
	// member reads a list member starting at token k: a known place, or one unknown word.
	type member struct {
		last    int
		known   bool
		suffix  bool
		unknown candidate
	}
	read := func(k int) (member, bool) {
		if k >= len(toks) {
			return member{}, false
		}
		if at[k] != 0 {
			c := cands[at[k]-1]
			if c.typ != Location || c.first != k {
				return member{}, false
			}
			return member{last: c.last, known: true, suffix: c.sufLen > 0 || c.suffixTok}, true
		}
		t := toks[k]
		if t.Kind != Word || t.Script != Gujarati || t.Abbrev || s.tflag[k]&fNotName != 0 {
			return member{}, false
		}
		c := candidate{first: k, last: k, typ: Location, entry: -1, source: "rule", rule: "place-list"}
		for si, x := range s.splits(k) {
			if st := s.sf(k, si); !pluralSuffix(x.Suffix) && r.placeLike(st) {
				c.sufLen, c.suffix, c.cas = len(x.Suffix), x.Suffix, x.Case
				return member{last: k, suffix: true, unknown: c}, true
			}
		}
		if len(s.splits(k)) == 0 && r.placeLike(s.w(k)) {
			return member{last: k, unknown: c}, true // (an inflected ordinary word is no member: મતે)
		}
		return member{}, false
	}
	var added []candidate
	var list []member
	for i := 0; i < len(toks); i++ {
		if i > 0 && (comma(i-1) || andWord(i-1)) {
			continue // a list starts after no joiner
		}
		if at[i] == 0 && !comma(i+1) && !andWord(i+1) {
			continue // (cheap test first: an unknown first member is one word before a joiner)
		}
		list = list[:0]
		m, ok := read(i)
		for ok {
			list = append(list, m)
			if m.suffix {
				break
			}
			if andWord(m.last + 1) {
				if m, ok = read(m.last + 2); ok {
					list = append(list, m)
				}
				break
			}
			if !comma(m.last + 1) {
				ok = false
				break
			}
			m, ok = read(m.last + 2)
		}
		// the list must end with its અને member, and only that member may carry the suffix
		if len(list) < 3 || !andWord(list[len(list)-2].last+1) {
			continue
		}
		// a bare unknown last member must end there, not open a longer name (અને ન્યુ વર્લ્ડ ઓર્ડર)
		// nor be an adjective before a noun (ભારત, ચીન અને ધીમી વૃદ્ધિ): a place word or a
		// postposition of place must follow it
		if l := list[len(list)-1]; !l.known && !l.suffix && l.last+1 < len(toks) && toks[l.last+1].Kind == Word &&
			s.tflag[l.last+1]&(fPlaceAfter|fFacility) == 0 && !listEnds[s.w(l.last+1)] {
			continue
		}
		known := 0
		for _, m := range list {
			if m.known {
				known++
			}
		}
		if known < 2 || known < len(list)-known {
			continue
		}
		for _, m := range list {
			if !m.known {
				added = append(added, m.unknown)
			}
		}
		i = list[len(list)-1].last
	}
	for i, t := range toks {
		if at[i] != 0 || t.Kind != Word || t.Script != Gujarati || s.tflag[i]&fNotName != 0 || !strings.Contains(s.w(i), nagar) {
			continue
		}
		c := candidate{first: i, last: i, typ: Location, entry: -1, source: "rule", rule: "place-suffix"}
		stem := s.w(i)
		if !strings.HasSuffix(stem, nagar) {
			for si, x := range s.splits(i) {
				if st := s.sf(i, si); strings.HasSuffix(st, nagar) && !pluralSuffix(x.Suffix) {
					stem, c.sufLen, c.suffix, c.cas = st, len(x.Suffix), x.Suffix, x.Case
					break
				}
			}
		}
		if strings.HasSuffix(stem, nagar) && !notNagar[stem] && utf8.RuneCountInString(stem) > 4 && r.placeLike(stem) &&
			(len(added) == 0 || added[len(added)-1].last != i) {
			added = append(added, c)
		}
	}
	if len(added) == 0 {
		return cands
	}
	cands = append(cands, added...)
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].first < cands[b].first })
	return cands
}

// placeLike reports a folded word that can be a place name no list knows: name-like, no
// ordinary word, title or other rule word, no verb form.
func (r *Recognizer) placeLike(w string) bool {
	return r.rules.nameLike(w) && !r.rules.isCommon(w) && r.rules.flags[w]&fNotName == 0 && !r.rules.infinitive(w)
}

// legislatures and seatWords make a constituency: [[થરાદ]] વિધાનસભા બેઠક, [[ભાવનગર]] લોકસભા
// મતવિસ્તાર. There the house's word names the seat's kind, not the house.
var (
	vidhansabha = string(normalize.Fold(nil, "વિધાનસભા"))
	loksabha    = string(normalize.Fold(nil, "લોકસભા"))
	seatWords   = foldedSet("બેઠક બેઠકો સીટ મતવિસ્તાર મતક્ષેત્ર")
)

// legislature reports the folded word of a house (compared as strings: a map lookup for every
// token of every document cost more than the rest of the pass).
func legislature(w string) bool { return w == vidhansabha || w == loksabha }

// constituencies reads "X વિધાનસભા બેઠક" as the place X and no organization: the org-head rule
// and the lexicon take "X વિધાનસભા" or "લોકસભા" for a house, but before a seat word the
// phrase names an election seat, and X (even a word like વાવ, a stepwell) is the place.
func (r *Recognizer) constituencies(d *Document, s *scratch, cands []candidate) []candidate {
	toks := d.Tokens
	seatAfter := func(k int) bool {
		if k >= len(toks) || toks[k].Kind != Word {
			return false
		}
		if seatWords[s.w(k)] {
			return true
		}
		for si := range s.splits(k) {
			if seatWords[s.sf(k, si)] {
				return true
			}
		}
		return false
	}
	out := cands[:0]
	var added []candidate
	place := func(k int) {
		// the place before the house's word: a mention already, or an unknown word
		if k < 0 || toks[k].Kind != Word || toks[k].Script != Gujarati || len(out) > 0 && out[len(out)-1].last >= k || len(s.splits(k)) > 0 {
			return
		}
		c := candidate{first: k, last: k, typ: Location, entry: -1, source: "rule", rule: "constituency"}
		// (a town that is also a word is the town here: વાવ is a stepwell and a verb too)
		if ids := r.lex.lookupFolded([]byte(s.w(k))); len(ids) > 0 && r.lex.Entries[ids[0]].Type == Location {
			c.entry, c.source, c.rule = ids[0], "lexicon", ""
			added = append(added, c)
		} else if r.rules.nameLike(s.w(k)) && !r.rules.common[s.w(k)] {
			added = append(added, c)
		}
	}
	next := 0 // the first token no candidate covers yet
	for _, c := range cands {
		for k := next; k < c.first; k++ {
			if toks[k].Kind == Word && legislature(s.w(k)) && seatAfter(k+1) {
				place(k - 1)
			}
		}
		next = max(next, c.last+1)
		// (a state's assembly in the lexicon is the house even before બેઠક, a session)
		if c.typ != Organization || c.sufLen > 0 || c.suffixTok || !legislature(s.w(c.last)) || !seatAfter(c.last+1) ||
			c.first < c.last && c.entry >= 0 {
			out = append(out, c)
			continue
		}
		if c.first < c.last {
			c.last--
			c.typ, c.entry, c.rule, c.name = Location, -1, "constituency", ""
			out = append(out, c)
			continue
		}
		place(c.first - 1)
	}
	for k := next; k < len(toks); k++ {
		if toks[k].Kind == Word && legislature(s.w(k)) && seatAfter(k+1) {
			place(k - 1)
		}
	}
	if len(added) > 0 {
		out = append(out, added...)
		sort.SliceStable(out, func(a, b int) bool { return out[a].first < out[b].first })
	}
	return out
}

// acronymPlaces joins a Latin acronym and the Gujarati place after it into the one body the
// lexicon knows by its English name: IIM અમદાવાદ is IIM Ahmedabad, AIIMS રાજકોટ is AIIMS
// Rajkot. Gujarati news writes the acronym in Latin letters and the place in Gujarati, a form
// no list holds.
func (r *Recognizer) acronymPlaces(d *Document, s *scratch, cands []candidate) []candidate {
	toks := d.Tokens
	out := cands[:0]
	for i := 0; i < len(cands); i++ {
		c := cands[i]
		if i+1 < len(cands) && c.first == c.last && c.sufLen == 0 && !c.suffixTok && toks[c.first].Script == Latin &&
			isAcronym(toks[c.first].Text) {
			l := cands[i+1]
			gap := l.first - c.last
			if l.typ == Location && l.entry >= 0 && toks[l.first].Script == Gujarati &&
				(gap == 1 && toks[l.first].SpaceBefore || gap == 2 && isJoiner(toks, c.last+1)) {
				key := normalize.Fold(s.stem[:0], toks[c.first].Text+" "+r.lex.Entries[l.entry].Name)
				s.stem = key
				if ids := r.lex.lookupFolded(key); len(ids) > 0 && r.lex.Entries[ids[0]].Type == Organization {
					c.last, c.sufLen, c.suffix, c.cas, c.suffixTok = l.last, l.sufLen, l.suffix, l.cas, l.suffixTok
					c.entry, c.typ, c.source, c.rule = ids[0], Organization, "lexicon", ""
					out = append(out, c)
					i++
					continue
				}
			}
		}
		out = append(out, c)
	}
	return out
}
