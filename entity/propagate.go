package entity

import (
	"sort"
	"strings"

	"github.com/kathan-nlp/kathan/normalize"
)

// propagate finds later (and earlier) mentions of names already recognized in the document:
// news names a person in full once (શ્રી એ.પી. જાડેજા, કીથ રોથફસ) and then by surname alone
// (જાડેજાએ, રોથફસ); a name found by a rule in one sentence is a name in every sentence.
// Surnames from the surname list that stand alone are people too.
func (r *Recognizer) propagate(d *Document, s *scratch, cands []candidate) []candidate {
	toks := d.Tokens
	// given names first, so that the people they make lend their names below: [[રોલેન્ડો
	// મેન્ડોઝા]] makes a later મેન્ડોઝા a person, not the city
	cands = r.givenNamesBefore(d, s, cands)
	type known struct {
		typ   Type
		entry int32
		multi bool // a word of a longer person's name
	}
	names := map[string]known{}
	var firstOf map[string]string  // given name -> the full name that has it
	var shared []string            // given names of two people
	var wordFirst map[string]known // given names that are also words, of one person each
	maxWords := 1
	var words []string // (reused: the words of one candidate at a time)
	for _, c := range cands {
		words = words[:0]
		for k := c.first; k <= c.last; k++ {
			if toks[k].Kind != Word {
				continue
			}
			w := s.w(k)
			if k == c.last && c.sufLen > 0 {
				for si, sp := range s.splits(k) {
					if len(sp.Suffix) == c.sufLen {
						w = s.sf(k, si)
						break
					}
				}
			}
			words = append(words, w)
		}
		if len(words) == 0 {
			continue
		}
		full := strings.Join(words, " ")
		if _, ok := names[full]; !ok {
			names[full] = known{c.typ, c.entry, false}
			maxWords = max(maxWords, len(words))
		}
		last := words[len(words)-1]
		if c.typ == Organization && len(words) > 1 && englishPlural(last) && !r.rules.isCommon(last) && !r.rules.common[last] {
			// a club goes by its last word: [[કોલોરાડો રોકિઝ]] ... [[રોકિઝ]]
			if kn, ok := names[last]; !ok || kn.typ != Organization {
				names[last] = known{Organization, c.entry, true}
			}
		}
		if c.typ == Person && len(words) > 1 && c.rule != "given-name" {
			// (a name found only by its given name lends its full form, not its parts: the
			// second word of "ટાઇગર મચ્છર" may be an ordinary word)
			first := words[0]
			if !r.rules.isCommon(last) && !r.rules.ambiguous[last] {
				if kn, ok := names[last]; !ok || kn.typ != Person {
					names[last] = known{Person, c.entry, true}
				}
			}
			if r.rules.ambiguous[first] && !r.rules.common[first] && r.rules.givenNames[first] != "" && r.rules.surnames[first] == "" {
				// a given name that is also a word (વિક્રમ: a record) stands for its bearer
				// only with a case suffix, below
				if wordFirst == nil {
					wordFirst = map[string]known{}
				}
				if f, ok := firstOf[first]; ok && f != full {
					shared = append(shared, first)
				}
				if firstOf == nil {
					firstOf = map[string]string{}
				}
				firstOf[first] = full
				wordFirst[first] = known{Person, c.entry, true}
			}
			if !r.rules.isCommon(first) && !r.rules.ambiguous[first] && r.rules.surnames[first] == "" {
				// A given name stands for the one person of the document who bears it (રાહુલ
				// ગાંધી ... રાહુલે); two people with one given name lend it to neither.
				if r.rules.givenNames[first] != "" {
					if firstOf == nil {
						firstOf = map[string]string{}
					}
					if f, ok := firstOf[first]; ok && f != full {
						shared = append(shared, first)
					}
					firstOf[first] = full
				}
				if kn, ok := names[first]; !ok || kn.typ != Person {
					names[first] = known{Person, c.entry, true}
				}
			}
		}
	}
	for _, w := range shared {
		delete(names, w)
		delete(wordFirst, w)
	}
	// A one-word name that the lexicon gave another type is a person when the document names a
	// person with that word: કિમ next to કિમ જોંગ ઉન is not the town of Kim.
	for k := range cands {
		c := &cands[k]
		if c.first != c.last || c.typ == Person || c.entry < 0 {
			continue // (an organization can still become a person: કિમ)
		}
		w := s.w(c.first)
		if c.sufLen > 0 {
			for si, sp := range s.splits(c.first) {
				if len(sp.Suffix) == c.sufLen {
					w = s.sf(c.first, si)
				}
			}
		}
		if kn, ok := names[w]; ok && (kn.typ == Person || kn.typ == Organization && c.typ == Location) && kn.multi {
			c.typ, c.entry, c.rule = kn.typ, kn.entry, "repeat"
		}
	}
	// what covers each token: 0 nothing, 1 a person, 2 another candidate (a byte, not a Type:
	// this slice is as long as the document)
	coverAt := make([]byte, len(toks))
	for _, c := range cands {
		for k := c.first; k <= c.last && k < len(toks); k++ {
			coverAt[k] = 2
			if c.typ == Person {
				coverAt[k] = 1
			}
		}
	}
	covered := func(k int) bool { return coverAt[k] != 0 }
	var added []candidate
	for i := 0; i < len(toks); i++ {
		if covered(i) || toks[i].Kind != Word {
			continue
		}
		best := candidate{last: -1}
		lone := false
		key := s.key[:0]
		for j := i; j < len(toks) && j < i+maxWords && !covered(j) && toks[j].Kind == Word; j++ {
			if j > i {
				key = append(key, ' ')
			}
			base := len(key)
			key = append(key, s.fold.of(j)...)
			if kn, ok := names[string(key)]; ok {
				best = candidate{first: i, last: j, typ: kn.typ, entry: kn.entry, source: "rule", rule: "repeat"}
			} else if toks[j].Script == Gujarati {
				for si, sp := range s.splits(j) {
					sk := append(append(s.stem[:0], key[:base]...), s.sf(j, si)...)
					s.stem = sk
					if kn, ok := names[string(sk)]; ok && !r.rules.common[s.w(j)] {
						best = candidate{first: i, last: j, sufLen: len(sp.Suffix), suffix: sp.Suffix, cas: sp.Case,
							typ: kn.typ, entry: kn.entry, source: "rule", rule: "repeat"}
						break
					}
				}
			}
		}
		s.key = key
		givenWord := false
		if best.last < 0 && len(wordFirst) > 0 && toks[i].Script == Gujarati && !(i > 0 && toks[i-1].Kind == Word && r.modifiesNoun(s, i-1)) {
			// વિક્રમે, વિક્રમની મહેનત: the person; નવો વિક્રમ, ભાજપના વિજયની: the word
			for si, sp := range s.splits(i) {
				if kn, ok := wordFirst[s.sf(i, si)]; ok && !pluralSuffix(sp.Suffix) {
					best = candidate{first: i, last: i, sufLen: len(sp.Suffix), suffix: sp.Suffix, cas: sp.Case,
						typ: kn.typ, entry: kn.entry, source: "rule", rule: "repeat"}
					givenWord = true
					break
				}
			}
		}
		if best.last < 0 && (toks[i].Script == Gujarati || toks[i].Script == Latin && isCapitalized(toks[i].Text)) {
			// (a surname that is also a title, before a name, is the title: ટીમના બોસ જેક રોસ)
			if sw, suf, cas, ok := r.surnameAt(s, toks, i); ok && !r.rules.common[s.w(i)] &&
				!(s.tflag[i]&fTitle != 0 && i+1 < len(toks) && covered(i+1)) {
				best = candidate{first: i, last: i, sufLen: len(suf), suffix: suf, cas: cas, typ: Person, entry: -1, source: "rule", rule: "surname"}
				lone = r.rules.ambiguous[sw] // (a surname that is also a word needs a given name before it: દોષી)
			}
		}
		if best.last >= 0 && best.typ == Person && best.first == best.last && best.first > 0 && !givenWord {
			// a first name the rules did not know, before a known surname: ટ્રેક પાલીન
			k := best.first - 1
			if t := toks[k]; t.Kind == Word && t.Script == toks[best.first].Script && !covered(k) && !t.Abbrev &&
				!newlineBetween(d.Text(), t, toks[best.first]) {
				w := s.w(k)
				if !r.rules.isCommon(w) && r.rules.nameLike(w) && r.rules.bare(s, k) && !r.rules.titles[w] &&
					(len(added) == 0 || added[len(added)-1].last < k) {
					best.first = k
				}
			}
		}
		// A lone ambiguous surname is kept when a name stands before it: taken above (ટ્રેક
		// પાલીન) or found earlier (મથુરજી ઠાકોર, which mergeAdjacentPersons joins); a place before
		// it is no name (ગીરમાં સિંહ દેખાયો: a lion).
		if lone && best.first == best.last && !(i > 0 && coverAt[i-1] == 1 && toks[i-1].Kind == Word) {
			best.last = -1
		}
		if best.last >= 0 {
			added = append(added, best)
			i = best.last
		}
	}
	if len(added) > 0 {
		cands = append(cands, added...)
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].first < cands[b].first })
	}
	cands = r.givenNamesBefore(d, s, cands)
	cands = r.placeSurnames(d, s, cands)
	cands = r.unknownSurnames(d, s, cands)
	cands = r.mergeAdjacentPersons(d, s, cands)
	cands = r.aliasNames(d, s, cands)
	cands = r.aliasRepeats(d, s, cands)
	return r.settleNeSuffix(d, s, cands)
}

// aliasWords are the folded spellings of ઉર્ફે (alias).
var aliasWords = map[string]bool{string(normalize.Fold(nil, "ઉર્ફે")): true, string(normalize.Fold(nil, "ઉર્ફ")): true}

// nounModifiers are words that make the next word a common noun: નવો વિક્રમ, આ વિજય.
var nounModifiers = foldedSet("નવો નવી નવું નવા આ એ એક કોઈ વિશ્વ રાષ્ટ્રીય ઐતિહાસિક મોટો મોટી મોટું મોટા સૌથી ભવ્ય શાનદાર જંગી ભારે પોતાનો પોતાની પોતાના તેનો તેની તેના")

// modifiesNoun reports a word that makes the next one a common noun: an adjective or
// determiner, or a genitive (ભાજપના વિજય).
func (r *Recognizer) modifiesNoun(s *scratch, k int) bool {
	if nounModifiers[s.w(k)] {
		return true
	}
	for _, sp := range s.splits(k) {
		if sp.Case == Genitive {
			return true
		}
	}
	return false
}

// aliasRepeats finds the later mentions of a person named with an alias by either name alone:
// મહેશ ઉર્ફે મસો ચાવડા ... મહેશે ..., મસોને ... (the given name before ઉર્ફે and the nickname
// after it). A name that is an ordinary word, or that two such people share, is left alone.
func (r *Recognizer) aliasRepeats(d *Document, s *scratch, cands []candidate) []candidate {
	var short map[string]string // folded name -> the folded alias name it belongs to, "" if shared
	for _, c := range cands {
		if c.typ != Person || c.rule != "alias" {
			continue
		}
		var who strings.Builder // the person, as the folded words of the alias mention
		for k := c.first; k <= c.last; k++ {
			who.WriteString(s.w(k))
			who.WriteByte(' ')
		}
		for k := c.first; k < c.last; k++ {
			if !aliasWords[s.w(k)] {
				continue
			}
			for _, j := range [2]int{k - 1, k + 1} {
				if j < c.first || j > c.last || j == c.last && c.sufLen > 0 || d.Tokens[j].Kind != Word {
					continue
				}
				w := s.w(j)
				if j == k-1 && r.rules.isCommon(w) || r.rules.common[w] && j == k+1 || r.rules.surnames[w] != "" && j != k-1 {
					continue
				}
				if short == nil {
					short = map[string]string{}
				}
				if p, ok := short[w]; ok && p != who.String() {
					short[w] = ""
				} else {
					short[w] = who.String()
				}
			}
			break
		}
	}
	if short == nil {
		return cands
	}
	toks := d.Tokens
	var added []candidate
	ci := 0
	for i := range toks {
		for ci < len(cands) && cands[ci].last < i {
			ci++
		}
		if ci < len(cands) && cands[ci].first <= i || toks[i].Kind != Word || toks[i].Script != Gujarati {
			continue
		}
		c := candidate{first: i, last: i, typ: Person, entry: -1, source: "rule", rule: "repeat"}
		if p, ok := short[s.w(i)]; ok && p != "" {
			added = append(added, c)
			continue
		}
		for si, sp := range s.splits(i) {
			if p, ok := short[s.sf(i, si)]; ok && p != "" && !pluralSuffix(sp.Suffix) {
				c.sufLen, c.suffix, c.cas = len(sp.Suffix), sp.Suffix, sp.Case
				added = append(added, c)
				break
			}
		}
	}
	if len(added) == 0 {
		return cands
	}
	cands = append(cands, added...)
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].first < cands[b].first })
	return cands
}

// aliasNames reads "X ઉર્ફે Y" (X alias Y), the way crime reports name a person by name and
// nickname, as one person: ઇમરાન ઉર્ફે ભૂરો શેખ, મહેશ ઉર્ફે મહીયો ભરવાડ, ઇમરાન શેખ ઉર્ફે ભૂરો.
// The name before ઉર્ફે may be a given name the rules do not take alone; the nickname after
// it may be a word no rule knows.
func (r *Recognizer) aliasNames(d *Document, s *scratch, cands []candidate) []candidate {
	toks, text := d.Tokens, d.Text()
	alias := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Kind == Word && (aliasWords[s.w(k)] || strings.EqualFold(toks[k].Text, "alias"))
	}
	same := func(a, b int) bool {
		return toks[a].Script == toks[b].Script && !newlineBetween(text, toks[a], toks[b])
	}
	out := cands[:0]
	for _, c := range cands {
		// a nickname no rule knows may stand between ઉર્ફે and the surname: ઉર્ફે [ટીનો] શેખ
		if c.typ == Person && c.first >= 3 && !alias(c.first-1) && alias(c.first-2) && toks[c.first-1].Kind == Word &&
			same(c.first-1, c.first) && r.rules.nameLike(s.w(c.first-1)) && !r.rules.isCommon(s.w(c.first-1)) {
			c.first--
		}
		if n := len(out); n > 0 && c.typ == Person && alias(c.first-1) && c.first >= 2 {
			p := &out[n-1]
			if p.typ == Person && p.last == c.first-2 && p.sufLen == 0 && !p.suffixTok && same(p.last, c.first) {
				p.last, p.sufLen, p.suffix, p.cas, p.suffixTok = c.last, c.sufLen, c.suffix, c.cas, c.suffixTok
				p.entry, p.rule, p.source, p.name = -1, "alias", "rule", ""
				continue
			}
		}
		if c.typ == Person && alias(c.first-1) && c.first >= 2 {
			k := c.first - 2
			if (len(out) == 0 || out[len(out)-1].last < k) && toks[k].Kind == Word && same(k, c.first) && len(s.splits(k)) == 0 &&
				(r.rules.isGivenName(s.w(k)) || r.rules.honorificName(s.w(k))) {
				c.first, c.entry, c.rule, c.source, c.name = k, -1, "alias", "rule", ""
			}
		}
		if c.typ == Person && c.sufLen == 0 && !c.suffixTok && alias(c.last+1) && c.last+2 < len(toks) {
			k := c.last + 2
			if t := toks[k]; t.Kind == Word && same(c.last, k) && coveredBy(cands, 0, k) < 0 {
				if len(s.splits(k)) == 0 && r.rules.nameLike(s.w(k)) && !r.rules.isCommon(s.w(k)) {
					c.last, c.entry, c.rule, c.source, c.name = k, -1, "alias", "rule", ""
				} else {
					for si, sp := range s.splits(k) {
						if stem := s.sf(k, si); r.rules.nameLike(stem) && !r.rules.isCommon(stem) && !pluralSuffix(sp.Suffix) {
							c.last, c.sufLen, c.suffix, c.cas = k, len(sp.Suffix), sp.Suffix, sp.Case
							c.entry, c.rule, c.source, c.name = -1, "alias", "rule", ""
							break
						}
					}
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// mergeAdjacentPersons joins two person mentions that touch, the first without a case suffix:
// a given name the lexicon knows as someone else (અશોકકુમાર) and the surname after it are one
// person (અશોકકુમાર દાસ). Gujarati lists people with અને or commas, never bare.
func (r *Recognizer) mergeAdjacentPersons(d *Document, s *scratch, cands []candidate) []candidate {
	text, toks := d.Text(), d.Tokens
	out := cands[:0]
	for _, c := range cands {
		if n := len(out); n > 0 {
			p := &out[n-1]
			// A lone word joins a known surname after it, or a given name opens a longer name,
			// or a name takes its last word (not a given name, which opens the next name); two
			// full names side by side, or two unknown single words, are two people (એલન લિથગૌ
			// ક્રેગ હોલકેટ, મોરલોસ કેલી).
			// A name with a fused honorific before another is the Gujarati full name: own name,
			// father's (or husband's) name, surname: હિતેશભાઈ રમેશભાઈ પરમાર.
			join := p.first == p.last && (r.rules.isGivenName(s.w(p.first)) || c.first == c.last && r.rules.surnames[candStem(s, c)] != "" ||
				r.rules.honorificName(s.w(p.first)) && r.rules.honorificName(s.w(c.first)) && c.first < c.last ||
				r.rules.honorificName(s.w(p.first)) && c.first == c.last && !r.rules.isGivenName(candStem(s, c)) && !r.rules.honorificName(candStem(s, c))) ||
				p.first < p.last && c.first == c.last && !r.rules.isGivenName(candStem(s, c))
			if join && p.typ == Person && c.typ == Person && p.sufLen == 0 && !p.suffixTok && c.first == p.last+1 &&
				toks[c.first].Script == toks[p.last].Script && toks[c.first].SpaceBefore &&
				!newlineBetween(text, toks[p.last], toks[c.first]) {
				p.last, p.sufLen, p.suffix, p.cas, p.suffixTok = c.last, c.sufLen, c.suffix, c.cas, c.suffixTok
				p.entry, p.rule, p.source = -1, "joined", "rule"
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// placeSurnames reads a town right after a name with a fused honorific as the surname it is:
// રમેશભાઈ સોજીત્રાએ (Sojitra, a town in Anand and a Patel surname), ગીતાબેન વડનગરા. Gujarati
// surnames are often place names; after -ભાઈ or -બેન the next word is the surname unless the
// sentence puts it as a place (a locative or ablative, a postposition of place).
func (r *Recognizer) placeSurnames(d *Document, s *scratch, cands []candidate) []candidate {
	toks := d.Tokens
	out := cands[:0]
	for _, c := range cands {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.typ == Person && p.first == p.last && p.sufLen == 0 && !p.suffixTok && r.rules.honorificName(s.w(p.first)) &&
				c.typ == Location && c.first == c.last && c.first == p.last+1 && c.entry >= 0 && !c.suffixTok &&
				!majorPlace[r.lex.Entries[c.entry].Kind] && c.cas != Locative && c.cas != Ablative &&
				!(c.last+1 < len(toks) && (spatialWords[s.w(c.last+1)] || motionVerbs[s.w(c.last+1)])) &&
				!newlineBetween(d.Text(), toks[p.last], toks[c.first]) {
				p.last, p.sufLen, p.suffix, p.cas = c.last, c.sufLen, c.suffix, c.cas
				p.entry, p.rule = -1, "honorific"
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// unknownSurnames reads the unknown word after a name with a fused honorific as its surname:
// મથુરભાઈ ગોયાણીએ, ગીતાબેન ધાનાણીની. Gujarati writes a person as own name + -ભાઈ/-બેન +
// surname, and the surname lists cannot hold every family name; the word must be no ordinary
// word, verb form or rule word, and must not be a place the sentence goes to or is in.
func (r *Recognizer) unknownSurnames(d *Document, s *scratch, cands []candidate) []candidate {
	toks := d.Tokens
	for k := range cands {
		p := &cands[k]
		j := p.last + 1
		if p.typ != Person || p.first != p.last || p.sufLen > 0 || p.suffixTok || j >= len(toks) || !r.rules.honorificName(s.w(p.first)) {
			continue
		}
		if k+1 < len(cands) && cands[k+1].first <= j {
			continue // the next word is a mention already
		}
		t := toks[j]
		if t.Kind != Word || t.Script != Gujarati || !t.SpaceBefore || newlineBetween(d.Text(), toks[p.last], t) || s.tflag[j]&fNotName != 0 {
			continue
		}
		stem, suf, cas := "", "", NoCase
		for si, sp := range s.splits(j) {
			if st := s.sf(j, si); r.placeLike(st) && !pluralSuffix(sp.Suffix) && sp.Case != Locative && sp.Case != Ablative {
				stem, suf, cas = st, sp.Suffix, sp.Case
				break
			}
		}
		if stem == "" && len(s.splits(j)) == 0 && r.placeLike(s.w(j)) {
			stem = s.w(j)
		}
		if stem == "" || r.rules.honorificName(stem) || r.rules.isGivenName(stem) || j+1 < len(toks) && (spatialWords[s.w(j+1)] || motionVerbs[s.w(j+1)]) {
			continue
		}
		p.last, p.sufLen, p.suffix, p.cas = j, len(suf), suf, cas
		p.entry, p.rule = -1, "honorific"
	}
	return cands
}

// candStem returns the folded last word of a candidate without its case suffix.
func candStem(s *scratch, c candidate) string {
	if c.sufLen > 0 {
		for si, sp := range s.splits(c.last) {
			if len(sp.Suffix) == c.sufLen {
				return s.sf(c.last, si)
			}
		}
	}
	return s.w(c.last)
}

// settleNeSuffix rereads a name in -ને as name-in-ન + ergative ે when the document writes the
// name with that ન elsewhere: વાલ્ટને is વાલ્ટન + ે where વાલ્ટન occurs, not વાલ્ટ + ને.
func (r *Recognizer) settleNeSuffix(d *Document, s *scratch, cands []candidate) []candidate {
	toks := d.Tokens
	// forms: the words of the document, bare or as the stem of a suffix other than ે (1), and
	// other than ે and ને (2).
	var forms map[string]uint8
	for k := range cands {
		c := &cands[k]
		if c.typ != Person || c.entry >= 0 || c.suffix != "ને" || c.suffixTok {
			continue
		}
		if forms == nil {
			forms = make(map[string]uint8, len(toks))
			for i := range toks {
				forms[s.w(i)] = 3
			}
			for i := range toks {
				for si, sp := range s.splits(i) {
					switch sp.Suffix {
					case "ે":
					case "ને":
						forms[s.sf(i, si)] |= 1
					default:
						forms[s.sf(i, si)] |= 3
					}
				}
			}
		}
		neStem := ""
		for si, sp := range s.splits(c.last) {
			if sp.Suffix == "ને" {
				neStem = s.sf(c.last, si)
			}
		}
		for si, sp := range s.splits(c.last) {
			if sp.Suffix != "ે" {
				continue
			}
			nStem := s.sf(c.last, si)
			if forms[nStem]&1 != 0 || englishNameEnding(nStem) && forms[neStem]&2 == 0 && !r.knownName(neStem) {
				c.sufLen, c.suffix, c.cas = len(sp.Suffix), sp.Suffix, sp.Case
				break
			}
		}
	}
	return cands
}

// nameEndings are the endings of English names as Gujarati writes them (-man, -son, -ton, -don),
// folded: before ને they are far more often the name + ergative ે (ફ્રીમેને, જોહ્નસને, વાલ્ટને)
// than a shorter name + dative ને.
var nameEndings = foldedEndings("મેન મૅન સન ટન ડન")

// neIsErgative reports a word in -ને whose ન-reading ends like an English name (ફ્રીમેને).
func neIsErgative(s *scratch, k int, sps []Split) bool {
	for si, sp := range sps {
		if sp.Suffix == "ે" && englishNameEnding(s.sf(k, si)) {
			return true
		}
	}
	return false
}

func englishNameEnding(w string) bool {
	e := endingOf(w, nameEndings)
	return e != "" && len(w) > len(e)
}

// knownName reports a folded word that the lists or the lexicon know as a name by itself (થોમસ,
// so that થોમસને stays Thomas + dative).
func (r *Recognizer) knownName(w string) bool {
	if r.rules.isGivenName(w) || r.rules.surnames[w] != "" {
		return true
	}
	return len(r.lex.lookupKey(w)) > 0
}

// motionVerbs are verbs of going and coming, before which a place needs no case ending
// (ગીતાબેન ગોંડલ ગયા: Gitaben went to Gondal).
var motionVerbs = foldedSet("ગયા ગયો ગઈ ગયાં ગયેલા જશે જાય આવ્યા આવ્યો આવી આવશે પહોંચ્યા પહોંચ્યો પહોંચી પહોંચશે પરત રવાના")

// spatialWords are postpositions of place: the name before them is a place.
var spatialWords = foldedSet("તરફ તરફથી નજીક નજીકના પાસે ખાતે સુધી બાજુ")

// givenNamesBefore extends a one-word person (or a one-word place or organization from the
// lexicon) over the given names right before it: [[પેટ્રિક રીડ]], [[રોલેન્ડો મેન્ડોઝા]] (a person,
// though Mendoza is also a city). Given names that are also ordinary words (સારા) count here,
// because the name after them vouches for them.
func (r *Recognizer) givenNamesBefore(d *Document, s *scratch, cands []candidate) []candidate {
	toks := d.Tokens
	for k := range cands {
		c := &cands[k]
		if c.first != c.last || c.first == 0 {
			continue
		}
		j := c.first - 1
		t := toks[j]
		if t.Kind != Word || t.Script != toks[c.first].Script || !toks[c.first].SpaceBefore || t.Script != Gujarati ||
			newlineBetween(d.Text(), t, toks[c.first]) {
			continue
		}
		if k > 0 && cands[k-1].last >= j || j > 0 && s.tflag[j-1]&fEvent != 0 {
			continue // (હરિકેન રોસા names a storm)
		}
		if r.rules.flags[s.w(j)]&(fGiven|fAmbiguous) == 0 || !r.rules.isGivenName(s.w(j)) {
			continue
		}
		if c.typ == Person && r.rules.common[s.w(j)] && r.rules.isGivenName(candStem(s, *c)) && r.rules.surnames[candStem(s, *c)] == "" {
			continue // a frequent word before a given name (આ સિદ્ધિનો શ્રેય વિક્રમની મહેનતને)
		}
		if c.typ != Person {
			if c.entry < 0 || r.rules.flags[s.w(j)]&fGiven == 0 || r.rules.common[s.w(j)] || c.cas == Locative || c.cas == Ablative ||
				c.last+1 < len(toks) && spatialWords[s.w(c.last+1)] {
				continue // (a place where the sentence treats it as one: રોસા ફોનિક્સ તરફ; a frequent word: જેને ચીને)
			}
			c.typ, c.entry, c.rule = Person, -1, "given+name"
		}
		c.first = j
	}
	return cands
}
