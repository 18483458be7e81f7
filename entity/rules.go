package entity

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// Word flags: one map lookup tells what the lists say of a word.
const (
	fCommon uint16 = 1 << iota
	fTitle
	fOrgHead
	fPlaceAfter
	fFacility
	fNationality
	fSurname
	fGiven // an Indian or foreign given name that is not also an ordinary word
	fAmbiguous
	fTitleFirst   // the first word of some title
	fOrgHeadLast  // the last word of some organization head (બ્રાન્ચ of ક્રાઇમ બ્રાન્ચ)
	fFacilityLast // the last word of some facility head
	fEvent        // a word before the name of an event (હરિકેન)
	fReportVerb   // a reporting verb that follows its subject (કહ્યું)
	fEnglishOf    // ઓફ, ફોર inside English-style names
	fPlaceFirst   // the first word of some place word that follows a name (શહેર, રાષ્ટ્રીય ઉદ્યાન)
	fNotName      = fCommon | fTitle | fOrgHead | fPlaceAfter | fFacility | fNationality
)

// ruleData holds the word lists of the context rules (lexicon/rules/*.tsv), folded.
type ruleData struct {
	titles        map[string]bool // one- to three-word titles and roles before a person's name
	honorifics    map[string]bool // the titles of kind honorific (શ્રી, મિસ્ટર, ડૉ.)
	outsideTitles map[string]bool // titles kept outside a lexicon name that starts with them
	titleWords    int
	surnames      map[string]string
	givenNames    map[string]string // value: gender, English, ambiguous (y/n)
	foreignGiven  map[string]string // foreign given names in Gujarati script: English, gender, ambiguous
	orgHeads      map[string]string // value: needs ("any" or "name")
	orgHeadWords  int
	orgModifiers  map[string]bool
	orgModifierEn map[string]string // English glosses of modifiers and heads, for composed names
	orgHeadEn     map[string]string
	orgHeadSet    map[string]bool
	placeAfter    map[string]bool // generic place words after a name, outside it: શહેર, જિલ્લો
	facility      map[string]bool // facility words that end a place name: સ્ટેડિયમ, રોડ, એરપોર્ટ
	facilityWords int
	placeEn       map[string]string // English glosses of place words
	nationalities map[string]string
	ambiguous     map[string]bool // names that are also ordinary words
	// ergativeContext are words that follow an ergative subject (X + ે): reporting verbs and
	// perfective light verbs, so that વીરમૅને કહ્યું reads as વીરમૅન + ે, not વીરમૅ + ને.
	ergativeContext map[string]bool
	reportVerb      map[string]bool   // reporting verbs that follow their subject (કહ્યું, જણાવ્યું)
	descriptors     map[string]bool   // heads of sources that are not names: અધિકારી, ખેલાડી, પ્રવક્તા
	eventWords      map[string]bool   // words before the name of an event, not a person: હરિકેન રોસા
	common          map[string]bool   // frequent ordinary words (corpus-derived list)
	commonAcronyms  map[string]bool   // Latin acronyms that name nothing: GDP, FIR, CEO (folded)
	verbRoots       map[string]bool   // verb roots, whose present tense (લખે) looks like name + ે
	flags           map[string]uint16 // what the lists say of each word: fCommon, fTitle...
}

var loadRules = sync.OnceValue(newRules)

// newRules reads the rule word lists (lexicon/rules/*.tsv).
func newRules() *ruleData {
	titles, modifiers := wordList("titles.tsv"), wordList("org-modifiers.tsv")
	rd := &ruleData{
		titles:         boolSet(titles),
		surnames:       map[string]string{},
		givenNames:     wordList("given-names.tsv"),
		foreignGiven:   wordList("foreign-given-names.tsv"),
		orgHeads:       map[string]string{},
		orgModifiers:   boolSet(modifiers),
		orgModifierEn:  modifiers,
		orgHeadEn:      map[string]string{},
		placeAfter:     map[string]bool{},
		facility:       map[string]bool{},
		nationalities:  wordList("nationalities.tsv"),
		ambiguous:      boolSet(wordList("common-not-names.tsv")),
		common:         boolSet(wordList("common-gu.tsv")),
		commonAcronyms: boolSet(wordList("common-acronyms.tsv")),
		verbRoots:      boolSet(wordList("verb-roots.tsv")),
	}
	rd.eventWords = foldedSet(`હરિકેન વાવાઝોડું વાવાઝોડા વાવાઝોડાં ચક્રવાત ચક્રવાતી તોફાન ટાયફૂન સાયક્લોન ઓપરેશન મિશન યોજના hurricane cyclone storm typhoon operation`)
	rd.reportVerb = foldedSet(`કહ્યું કહ્યુ જણાવ્યું જણાવ્યુ ઉમેર્યું ઉમેર્યુ નોંધ્યું સ્વીકાર્યું કબૂલ્યું લખ્યું પૂછ્યું દાવો આક્ષેપ આરોપ જાહેરાત ચેતવણી ઇનકાર સ્પષ્ટતા અપીલ ખાતરી`)
	rd.descriptors = foldedSet(`અધિકારી અધિકારીઓ ખેલાડી ખેલાડીઓ પ્રવક્તા નેતા નેતાઓ પોલીસ સરકાર તંત્ર વિભાગ કંપની
		ડોક્ટર તબીબ નિષ્ણાત નિષ્ણાતો લોકો સ્થાનિકો ગ્રામજનો ખેડૂતો વેપારીઓ પરિવાર પરિવારજનો સૂત્રો
		ફરિયાદી આરોપી સાક્ષી વકીલ ન્યાયાધીશ કોર્ટ અદાલત ખંડપીઠ બોર્ડ સમિતિ મંડળ સંઘ પક્ષ વિપક્ષ
		કોચ કેપ્ટન સુકાની બેટ્સમેન બોલર વૈજ્ઞાનિક વૈજ્ઞાનિકો સંશોધક સંશોધકો રિપોર્ટ અહેવાલ મહિલા પુરુષ
		વિદ્યાર્થી વિદ્યાર્થીઓ શિક્ષક શિક્ષકો યુવક યુવતી પિતા માતા પત્ની પતિ પુત્ર પુત્રી ભાઈ બહેન મિત્ર`)
	rd.ergativeContext = foldedSet(`કહ્યું કહ્યુ જણાવ્યું જણાવ્યુ ઉમેર્યું દાવો આક્ષેપ આરોપ માંગ માગ જાહેરાત પુષ્ટિ ઇનકાર
		ટ્વીટ લખ્યું નોંધ્યું સ્વીકાર્યું ચેતવણી વચન ખાતરી પૂછ્યું કર્યું કર્યો કરી કર્યા આપ્યું આપી આપ્યો
		સોમવારે મંગળવારે બુધવારે ગુરુવારે શુક્રવારે શનિવારે રવિવારે ગઈકાલે આજે પણ વધુમાં said`)
	rd.honorifics = map[string]bool{}
	rd.outsideTitles = map[string]bool{}
	epithets := foldedSet("મહાત્મા લોકમાન્ય નેતાજી સરદાર પંડિત ઉસ્તાદ બાપુ શહીદ લોર્ડ લેડી સર શેઠ Lord Lady Sir Dame")
	for k, v := range titles {
		kind, _, _ := strings.Cut(v, "\t")
		if kind == "honorific" {
			rd.honorifics[k] = true
		}
		// Offices and plain honorifics stay outside a name the lexicon lists with them (પીએમ
		// મોદી, ડૉ. મનમોહન સિંહ); epithets, royal and religious titles are part of how the
		// person is named (સરદાર પટેલ, સ્વામી વિવેકાનંદ, શેખ હસીના).
		if kind != "royal" && kind != "religious" && !epithets[k] {
			rd.outsideTitles[k] = true
		}
	}
	for k, v := range wordList("surnames.tsv") {
		rd.surnames[k] = v + " "
		// the English spelling too, for Latin text: Thakor, Shah
		if en := string(normalize.Fold(nil, strings.TrimSpace(v))); en != "" && !strings.Contains(en, " ") && len(en) > 3 {
			rd.surnames[en] = v + " "
		}
	}
	for k, v := range wordList("org-heads.tsv") {
		c := strings.Split(v, "\t")
		rd.orgHeads[k] = c[len(c)-1]
		rd.orgHeadEn[k] = c[0]
	}
	rd.placeEn = map[string]string{}
	for k, v := range wordList("place-heads.tsv") {
		rd.placeEn[k] = strings.Split(v, "\t")[0]
		switch {
		case strings.HasSuffix(v, "after\toutside"):
			rd.placeAfter[k] = true
		case strings.HasSuffix(v, "after\tinside"):
			rd.facility[k] = true
		}
	}
	rd.facilityWords = maxWords(rd.facility)
	for k, v := range rd.givenNames {
		if strings.HasSuffix(v, "\ty") {
			rd.ambiguous[k] = true
		}
	}
	for _, w := range wikidataConcepts() {
		rd.common[w] = true
	}
	for _, w := range functionWords {
		rd.common[string(normalize.Fold(nil, w))] = true
	}
	rd.orgHeadSet = boolSet(rd.orgHeadEn)
	rd.flags = map[string]uint16{}
	set := func(m map[string]bool, f uint16) {
		for k, v := range m {
			if v {
				rd.flags[k] |= f
			}
		}
	}
	set(rd.common, fCommon)
	set(rd.titles, fTitle)
	set(boolSet(rd.orgHeads), fOrgHead)
	set(rd.placeAfter, fPlaceAfter)
	set(rd.facility, fFacility)
	set(boolSet(rd.nationalities), fNationality)
	set(boolSet(rd.surnames), fSurname)
	set(rd.ambiguous, fAmbiguous)
	set(rd.eventWords, fEvent)
	set(rd.reportVerb, fReportVerb)
	set(englishOf, fEnglishOf)
	for k := range rd.titles {
		rd.flags[firstWord(k)] |= fTitleFirst
	}
	for k := range rd.orgHeads {
		rd.flags[lastWord(k)] |= fOrgHeadLast
	}
	for k := range rd.facility {
		rd.flags[lastWord(k)] |= fFacilityLast
	}
	for k := range rd.placeAfter {
		rd.flags[firstWord(k)] |= fPlaceFirst
	}
	for _, m := range []map[string]string{rd.givenNames, rd.foreignGiven} {
		for k, v := range m {
			if !strings.HasSuffix(v, "\ty") {
				rd.flags[k] |= fGiven
			}
		}
	}
	rd.titleWords = maxWords(rd.titles)
	rd.orgHeadWords = maxWords(rd.orgHeads)
	for w := range rd.verbRoots {
		if rd.isGivenName(w) || rd.surnames[w] != "" {
			delete(rd.verbRoots, w) // a name too (જીત)
		}
	}
	return rd
}

// functionWords are never names, whatever the lists say: grammatical words, and the weekdays and
// months whose -એ forms (બુધવારે, ઓક્ટોબરે) look like names with an ergative.
var functionWords = strings.Fields(`સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર રવિવાર
	જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઓગસ્ટ સપ્ટેમ્બર ઓક્ટોબર નવેમ્બર ડિસેમ્બર
	સવાર સાંજ રાત બપોર ગઈકાલ આવતીકાલ અઠવાડિયા અઠવાડિયું વર્ષ મહિના મહિનો દિવસ સમય
	અને ઉર્ફે ઉર્ફ કે આ તે એ જે છે હતું હતો હતી હતા થયું થઈ પણ જ તો ન નથી ના હા
	માટે પર સાથે પછી બાદ પહેલા વચ્ચે દ્વારા તરફથી વિશે અંગે સામે પાસે હવે ત્યારે જ્યારે જો તેમ એમ
	તેમણે તેણે તેઓ તેમના તેની તેનો તેનું તેના એક બે ત્રણ કોઈ દરેક બધા વધુ ઓછા ખૂબ ઘણા તથા અથવા
	કહ્યું જણાવ્યું ઉમેર્યું કરી કર્યું કર્યો કર્યા છેલ્લા આગામી નવા નવી જૂના મોટા મોટી નાના`)

// wikidataConcepts returns the one-word Gujarati titles that the typed Wikidata list marks as
// not an entity (concepts, species, languages, festivals...): ordinary words.
func wikidataConcepts() []string {
	data, ok := dataFile(wikidataFile)
	if !ok {
		return nil
	}
	var out []string
	for line := range strings.Lines(data) {
		// columns: gu, en, type, kind
		gu, rest, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		_, rest, _ = strings.Cut(rest, "\t")
		typ, kind, ok := strings.Cut(rest, "\t")
		if !ok || typ != "O" || strings.ContainsAny(gu, " ,()") || strings.Contains(kind, "name") {
			continue
		}
		out = append(out, string(normalize.Fold(nil, gu)))
	}
	return out
}

// foldedSet returns the set of the space-separated words, folded (normalize.Fold).
func foldedSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range foldedList(words) {
		m[w] = true
	}
	return m
}

// foldedList returns the space-separated words, folded (normalize.Fold).
func foldedList(words string) []string {
	var out []string
	for _, w := range strings.Fields(words) {
		out = append(out, string(normalize.Fold(nil, w)))
	}
	return out
}

// endings is a list of word endings, folded, with the set of their last bytes so that most words
// are ruled out by one test (the lists are checked on every word of every document).
type endings struct {
	list []string
	last [256]bool
}

// foldedEndings returns the endings among the space-separated words, folded.
func foldedEndings(words string) *endings {
	e := &endings{list: foldedList(words)}
	for _, x := range e.list {
		e.last[x[len(x)-1]] = true
	}
	return e
}

// endingOf returns the first of ends that w ends with, or "".
func endingOf(w string, ends *endings) string {
	if w == "" || !ends.last[w[len(w)-1]] {
		return ""
	}
	for _, e := range ends.list {
		if strings.HasSuffix(w, e) {
			return e
		}
	}
	return ""
}

func boolSet(m map[string]string) map[string]bool {
	b := make(map[string]bool, len(m))
	for k := range m {
		b[k] = true
	}
	return b
}

func maxWords[V any](m map[string]V) int {
	n := 1
	for k := range m {
		n = max(n, strings.Count(k, " ")+1)
	}
	return n
}

// knownNamePart reports a word that the lists know as part of personal names.
func (rd *ruleData) knownNamePart(w string) bool {
	return rd.flags[w]&(fSurname|fGiven) != 0
}

// isGivenName reports an Indian or foreign given name, whether or not it is also a word.
func (rd *ruleData) isGivenName(w string) bool {
	return rd.givenNames[w] != "" || rd.foreignGiven[w] != ""
}

// isCommon reports a frequent ordinary word.
func (rd *ruleData) isCommon(w string) bool {
	return rd.flags[w]&fNotName != 0
}

// headAt reports a (possibly multi-word) head from set ending at token h, with the suffix on its
// last word: the number of tokens, the suffix and its case.
func headAt(set map[string]bool, maxN int, s *scratch, toks []Token, h int) (int, string, Case, bool) {
	for n := min(maxN, h+1); n >= 1; n-- {
		k := s.stem[:0]
		ok := true
		for j := h - n + 1; j < h; j++ {
			if toks[j].Kind != Word {
				ok = false
			}
			k = append(k, s.fold.of(j)...)
			k = append(k, ' ')
		}
		if !ok || toks[h].Kind != Word {
			continue
		}
		base := len(k)
		k = append(k, s.fold.of(h)...)
		s.stem = k
		if set[string(k)] {
			return n, "", NoCase, true
		}
		if toks[h].Script == Gujarati {
			for si, sp := range s.splits(h) {
				k = append(k[:base], s.sf(h, si)...)
				s.stem = k
				if set[string(k)] {
					return n, sp.Suffix, sp.Case, true
				}
			}
		}
	}
	return 0, "", NoCase, false
}

func firstWord(k string) string {
	if i := strings.IndexByte(k, ' '); i >= 0 {
		return k[:i]
	}
	return k
}

func lastWord(k string) string {
	return k[strings.LastIndexByte(k, ' ')+1:]
}

// lastIs reports whether token h, or one of its stems, carries flag f.
func (rd *ruleData) lastIs(s *scratch, h int, f uint16) bool {
	return (s.tflag[h]|s.sflag[h])&f != 0
}

// bare reports a token that carries no case suffix a rule could mistake for part of a name.
func (rd *ruleData) bare(s *scratch, i int) bool {
	for si, sp := range s.splits(i) {
		if sp.Suffix != "ે" && sp.Suffix != "ો" {
			return false
		}
		// કોચે, પોલીસે: a title or an ordinary word + ergative, not a name that ends in ે
		if rd.flags[s.sf(i, si)]&fNotName != 0 {
			return false
		}
	}
	return true
}

// nameLike rejects words that cannot be names: too short, or with the endings of verb forms.
func (rd *ruleData) nameLike(w string) bool {
	letters := 0
	for _, r := range w {
		switch normalize.KindOf(r) {
		case normalize.Consonant, normalize.VowelLetter:
			letters++
		case normalize.Unassigned:
			if r == '’' || r == '\'' {
				continue // ઓ’હેગન
			}
			return false
		}
	}
	if letters < 2 || rd.verbRoots[w] || rd.verbRoots[strings.TrimSuffix(w, "ે")] {
		return false // a verb root, or its present tense (લખે, કહે)
	}
	if endingOf(w, verbEndings) != "" {
		return false
	}
	// A consonant right before a final યો was a cluster before folding dropped the virama: the
	// perfective કર્યો, આવ્યો (મારિયો keeps its vowel sign).
	if strings.HasSuffix(w, "યો") {
		r, _ := utf8.DecodeLastRuneInString(w[:len(w)-len("યો")])
		if normalize.KindOf(r) == normalize.Consonant {
			return false
		}
	}
	return true
}

// verbEndings are endings of verb forms and participles, folded: કર્યું, કરવાની, કરતાં, કરીને, જીતનાર,
// નોંધાયેલી, બતાવતા, ઝડપાયો; and the adjective ending -ગ્રસ્ત, "stricken" (પૂરગ્રસ્ત, ક્ષતિગ્રસ્ત).
var verbEndings = foldedEndings("ું વું ાયો વાયા ગ્રસ્ત વાની વાનો વાના તાં ઈને ઇને ાયેલ ાયેલી ાયેલા ાયેલો ાયેલાં નાર નારા નારી નારો નારાં ાવતા ાવતી ાવતો")

// infinitive reports a verb's -વા infinitive (ભરવા, કરાવવા), which can stand before an
// organization head (ભરવા સમિતિ...) but is no part of its name; a name that merely ends in વા
// (ઓરેવા, મહુવા) has no verb root before it.
func (rd *ruleData) infinitive(w string) bool {
	stem, ok := strings.CutSuffix(w, "વા")
	if !ok {
		return false
	}
	if rd.verbRoots[stem] {
		return true
	}
	// a causative (-ાવ) or an unlisted root of one or two letters is still a verb: કરાવવા, ધોવા
	return strings.HasSuffix(stem, "ાવ") || utf8.RuneCountInString(stem) <= 2
}

// honorificName reports a name with a fused honorific: રમેશભાઈ, હિનાબેન, ગાંધીજી, જયેશકુમાર.
func (rd *ruleData) honorificName(w string) bool {
	for _, h := range []string{"ભાઇ", "બેન", "બહેન", "જી", "કુમાર"} {
		if strings.HasSuffix(w, h) && len(w) > len(h) {
			stem := w[:len(w)-len(h)]
			// A word before -ભાઈ/-બેન is a kinship or an adjective (મોટાભાઈ, નાનીબેન) unless it is
			// a given name that is also a word: રેખાબેન, આશાબેન, કિરણભાઈ are names.
			if (rd.isCommon(stem) || rd.common[w]) && (rd.givenNames[stem] == "" || h == "કુમાર" || h == "જી") {
				return false
			}
			if h == "કુમાર" && (rd.givenNames[stem] == "" || rd.ambiguous[stem]) {
				return false // -કુમાર joins a given name that is no word (જયેશકુમાર); રાજકુમાર is a prince
			}
			letters := 0
			for _, r := range stem {
				if k := normalize.KindOf(r); k == normalize.Consonant || k == normalize.VowelLetter {
					letters++
				}
			}
			return letters >= 2
		}
	}
	return false
}

// titleLen returns how many tokens from i form a title (0 if none), longest first.
func (rd *ruleData) titleLen(s *scratch, toks []Token, i int) int {
	if s.tflag[i]&fTitleFirst == 0 {
		return 0
	}
	for n := min(rd.titleWords, len(toks)-i); n >= 1; n-- {
		if toks[i+n-1].Kind != Word {
			continue
		}
		k := s.stem[:0]
		for j := i; j < i+n; j++ {
			if j > i {
				k = append(k, ' ')
			}
			k = append(k, s.fold.of(j)...)
		}
		s.stem = k
		if rd.titles[string(k)] {
			return n
		}
	}
	return 0
}

// isTitle reports whether token i ends a title.
func (rd *ruleData) isTitle(s *scratch, i int) bool {
	return rd.titles[s.w(i)]
}

// orgHeadAt reports an organization head word ending at token h, possibly with a case suffix:
// the number of tokens in the head, the suffix, its case and what the head needs before it.
func (rd *ruleData) orgHeadAt(s *scratch, toks []Token, h int) (int, string, Case, string, bool) {
	if !rd.lastIs(s, h, fOrgHeadLast) {
		return 0, "", NoCase, "", false
	}
	for n := min(rd.orgHeadWords, h+1); n >= 1; n-- {
		ok := true
		for j := h - n + 1; j <= h; j++ {
			if toks[j].Kind != Word {
				ok = false
			}
		}
		if !ok {
			continue
		}
		k := s.stem[:0]
		for j := h - n + 1; j < h; j++ {
			k = append(k, s.fold.of(j)...)
			k = append(k, ' ')
		}
		base := len(k)
		k = append(k, s.fold.of(h)...)
		if needs := rd.orgHeads[string(k)]; needs != "" {
			s.stem = k
			return n, "", NoCase, needs, true
		}
		if toks[h].Script == Gujarati {
			for si, sp := range s.splits(h) {
				k = append(k[:base], s.sf(h, si)...)
				if needs := rd.orgHeads[string(k)]; needs != "" {
					s.stem = k
					return n, sp.Suffix, sp.Case, needs, true
				}
			}
		}
		s.stem = k
	}
	return 0, "", NoCase, "", false
}

// CommonWord reports whether word (as written, any spelling variant) is a frequent ordinary
// Gujarati word or a grammatical word: never a name, nor the head of a source.
func CommonWord(word string) bool {
	rd := loadRules()
	w := string(normalize.Fold(nil, word))
	return rd.common[w] || rd.ambiguous[w]
}
