package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/entity"
)

// found is a source noun phrase: tokens [start, end) and what it resolved to.
type found struct {
	source     Source
	start, end int
	headWord   string // folded stem of the head word
	time, freq *Span
}

// stopWords end a source noun phrase on its left.
var stopWords = map[string]bool{}

// addWords link a continuation (વધુમાં તેમણે ઉમેર્યું): skipped, but not a frequency.
var addWords = map[string]bool{fold("વધુમાં"): true, fold("ઉપરાંત"): true, fold("વળી"): true, fold("પણ"): true}

// skipWords may stand between a source and its cue: particles, the addressee's companions.
var skipWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`પણ જ એવું એવો એવી એવા તેવું તેવો તેવી તેવા જોકે એમ સ્પષ્ટપણે ફરી એકવાર એક આ અંગે વિશે સમક્ષ સાથે વાતચીતમાં
		ભારપૂર્વક સ્પષ્ટ ખુલ્લેઆમ જાહેરમાં સત્તાવાર રીતે ઔપચારિક વિગતવાર ટૂંકમાં તાત્કાલિક`) {
		skipWords[fold(w)] = true
	}
	for _, w := range strings.Fields(`અને કે જે જેમાં તથા અથવા પણ જ્યારે ત્યારે પરંતુ પછી બાદ તો આ એ તેમ એમ ત્યાં જો છે હતું હતો હતી હતા
		માટે સાથે પાસે સામે દ્વારા તરફે તરફથી વચ્ચે અંગે વિશે ઉપર નીચે અંદર બહાર પહેલાં હવે ફરીથી આગળ પાછળ સ્થળે ઘરે`) {
		stopWords[fold(w)] = true
	}
}

// converbs are the conjunctive participles that stand between a source and its cue in reports
// (કોંગ્રેસે મુખ્યમંત્રીને પત્ર લખીને માંગ કરી, X એ પોસ્ટ કરીને લખ્યું), folded. A closed list:
// the ending -ીને is also a noun in ી + the dative (મુખ્યમંત્રીને, પત્નીને).
var converbs = foldedSet("કરીને લખીને આપીને જોઈને જોઇને લઈને લઇને દઈને દઇને કહીને મોકલીને પાઠવીને બોલાવીને યોજીને ટાંકીને જણાવીને બતાવીને મળીને પૂછીને સંબોધીને વાંચીને")

// converb reports token k as one of the converbs.
func (x *extractor) converb(k int) bool {
	return x.mention[k] < 0 && converbs[x.words[k]]
}

// wordsAt reports whether the folded words ws stand at tokens [a, a+len(ws)) inside [lo, hi).
func (x *extractor) wordsAt(ws []string, a, lo, hi int) bool {
	if a < lo || a+len(ws) > hi {
		return false
	}
	for j, w := range ws {
		if x.words[a+j] != w {
			return false
		}
	}
	return true
}

// markerKinds are the kinds of markers.tsv that may stand between a source and its cue.
var markerKinds = [...]string{"time", "frequency", "hedge"}

// multiMarkerAt returns the length and kind of the longest marker of several words (markers.tsv)
// that ends at token k and starts at or after first; 0 if none.
func (x *extractor) multiMarkerAt(k, first int) (int, string) {
	best, kind := 0, ""
	for _, kd := range markerKinds {
		for _, ws := range x.cs.multi[kd] {
			if len(ws) > best && x.wordsAt(ws, k-len(ws)+1, first, k+1) {
				best, kind = len(ws), kd
			}
		}
	}
	return best, kind
}

// multiMarkerFrom returns the length and kind of the longest marker of several words that
// starts at token k and ends before hi; 0 if none.
func (x *extractor) multiMarkerFrom(k, hi int) (int, string) {
	best, kind := 0, ""
	for _, kd := range markerKinds {
		for _, ws := range x.cs.multi[kd] {
			if len(ws) > best && x.wordsAt(ws, k, k, hi) {
				best, kind = len(ws), kd
			}
		}
	}
	return best, kind
}

// anonymityPhrases are the ways a source asks not to be named; they stand between it and the
// cue. Folded words.
var anonymityPhrases = func() [][]string {
	var out [][]string
	for _, p := range []string{"નામ ન આપવાની શરતે", "નામ ન જણાવવાની શરતે", "નામ જાહેર ન કરવાની શરતે", "નામ ન છાપવાની શરતે"} {
		var ws []string
		for _, w := range strings.Fields(p) {
			ws = append(ws, fold(w))
		}
		out = append(out, ws)
	}
	return out
}()

// anonymityAt returns the length in tokens of an anonymity phrase ending at token k, or 0.
func (x *extractor) anonymityAt(k, first int) int {
	for _, p := range anonymityPhrases {
		if x.wordsAt(p, k-len(p)+1, first, k+1) {
			return len(p)
		}
	}
	return 0
}

// skippable reports words that may stand between a source and its cue without being either:
// time and frequency words, hedges, the addressee (પત્રકારોને), the channel (નિવેદનમાં).
func (x *extractor) skippable(k int) (string, bool) {
	w := x.words[k]
	switch x.cs.markers[w] {
	case "time", "frequency", "hedge":
		return x.cs.markers[w], true
	}
	if skipWords[w] {
		return "", true
	}
	if x.mention[k] < 0 && x.d.Tokens[k].Script == entity.Gujarati {
		for _, sp := range entity.SplitSuffix(x.d.Tokens[k].Text) {
			if sp.Case == entity.Dative || sp.Case == entity.Locative {
				return "", true
			}
		}
	}
	return "", false
}

// sourceBefore finds the source whose head ends at or before token k, skipping the words that
// may stand between a source and a cue.
func (x *extractor) sourceBefore(k, first int, english bool) (found, bool) {
	var f found
	skipped := 0
	timeLo, timeHi := -1, -1 // the tokens of the time read so far, leftward: ગઈ કાલે + સાંજે
	setTime := func(a, b int) {
		switch {
		case f.time == nil:
			timeLo, timeHi = a, b
		case b == timeLo:
			timeLo = a
		default:
			return // (a second, separate time word: the one nearer the cue stays)
		}
		sp := x.span(timeLo, timeHi)
		f.time = &sp
	}
	for k >= first && skipped < 6 {
		if english {
			break
		}
		if n := x.anonymityAt(k, first); n > 0 {
			k -= n // એક અધિકારીએ [નામ ન આપવાની શરતે] કહ્યું
			skipped++
			continue
		}
		if n, kind := x.multiMarkerAt(k, first); n > 0 {
			// a marker of several words: X એ [ગયા સપ્તાહે] ખાતરી આપી
			switch {
			case kind == "time":
				setTime(k-n+1, k+1)
			case kind == "frequency" && f.freq == nil:
				sp := x.span(k-n+1, k+1)
				f.freq = &sp
			}
			k -= n
			skipped++
			continue
		}
		if !english && x.converb(k) {
			// a converb clause stands between: કોંગ્રેસે [મુખ્યમંત્રીને પત્ર લખીને] માંગ કરી; the
			// source is the ergative that opens the clause
			if lf, ok := x.leftmostSource(first, k); ok && lf.end <= k {
				if f.time != nil && lf.time == nil {
					lf.time = f.time
				}
				return lf, true
			}
			return f, false
		}
		kind, ok := x.skippable(k)
		if !ok {
			break
		}
		sp := x.span(k, k+1)
		switch kind {
		case "time":
			setTime(k, k+1)
		case "frequency":
			if f.freq == nil && !particles[x.words[k]] && !addWords[x.words[k]] {
				f.freq = &sp
			}
		}
		k--
		skipped++
	}
	if k < first {
		return f, false
	}
	toks := x.d.Tokens
	w := x.words[k]
	// A Latin name with the ergative written apart: Kirby એ કહ્યું.
	if (w == "એ" || w == "ને") && k > first && x.mention[k-1] >= 0 {
		m := x.d.Mentions[x.mention[k-1]]
		return x.fromMention(f, m, m.First, k+1), true
	}
	if mi := x.mention[k]; mi >= 0 {
		m := x.d.Mentions[mi]
		if m.Last-1 == k || m.Last == k+1 {
			if m.Case == entity.Ergative || m.Case == "" || english {
				return x.fromMention(f, m, m.First, k+1), true
			}
		}
		return f, false
	}
	if x.cs.markers[w] == "pronoun" {
		sp := x.span(k, k+1)
		f.source = Source{Start: &sp.Start, End: &sp.End, Text: sp.Text, Kind: Pronoun}
		f.start, f.end, f.headWord = k, k+1, w
		return f, true
	}
	if english {
		if toks[k].Kind == entity.Word && (x.isDescriptorWord(w) || isUpperWord(toks[k].Text)) {
			a := k
			for a > first && toks[a-1].Kind == entity.Word && isUpperWord(toks[a-1].Text) {
				a--
			}
			return x.descriptor(f, a, k, 0), true
		}
		return f, false
	}
	if toks[k].Script != entity.Gujarati || toks[k].Kind != entity.Word {
		return f, false
	}
	// An ergative noun phrase that names no entity: પોલીસે, અધિકારીઓએ, પશ્ચિમી દેશો. Only the
	// likeliest reading of the word counts: બંધકોને is a dative, not બંધકોન + ે.
	// An ordinary word is a subject when it is marked as one: the ergative એ/ઓએ, or a plural
	// (પશ્ચિમી દેશો અનુમાન લગાવી રહ્યા છે); a bare ે on an ordinary word is too often something else.
	if sp, ok := x.ergativeHead(k); ok {
		return x.descriptor(f, x.npStart(k, first), k, caseLen(sp)), true
	}
	// A nominative subject of a present-tense cue: પોલીસ માને છે, નિષ્ણાતો કહે છે.
	if x.isDescriptorWord(w) {
		return x.descriptor(f, x.npStart(k, first), k, 0), true
	}
	return f, false
}

// caseLen is the length of the case ending of a split, without the plural, which belongs to the
// source (પશ્ચિમી દેશો; વાલીઓએ is વાલીઓ + એ; ઓ and ો are both 3 bytes).
func caseLen(sp entity.Split) int {
	switch {
	case sp.Case == entity.Plural:
		return 0
	case strings.HasPrefix(sp.Suffix, "ઓ") || strings.HasPrefix(sp.Suffix, "ો"):
		return len(sp.Suffix) - len("ઓ")
	}
	return len(sp.Suffix)
}

// ergative returns the likeliest suffix reading of a word when it is an ergative (or a plural
// subject: ખેડૂતો કહે છે).
func ergative(word string) (entity.Split, bool) {
	sps := entity.SplitSuffix(word)
	if len(sps) == 0 {
		return entity.Split{}, false
	}
	for _, sp := range sps {
		if sp.Case == entity.Ergative && sp.Suffix != "ે" {
			return sp, true // એ, ઓએ: unambiguous
		}
	}
	if sps[0].Case == entity.Ergative || sps[0].Case == entity.Plural {
		return sps[0], true
	}
	return entity.Split{}, false
}

// ergativeHead reports whether token k can head a source noun phrase by its case: an ergative
// (એ, ઓએ, or ે on a word that is not an ordinary one) or a plural subject; time words,
// postpositions and grammatical words cannot.
func (x *extractor) ergativeHead(k int) (entity.Split, bool) {
	t := x.d.Tokens[k]
	w := x.words[k]
	if t.Script != entity.Gujarati || t.Kind != entity.Word || x.cs.markers[w] == "time" || stopWords[w] {
		return entity.Split{}, false
	}
	sp, ok := ergative(t.Text)
	if !ok || stopWords[fold(sp.Stem)] {
		return entity.Split{}, false
	}
	if sp.Suffix == "ે" && entity.CommonWord(t.Text) && !x.isDescriptorWord(fold(sp.Stem)) {
		return entity.Split{}, false
	}
	return sp, true
}

// nearestSource looks further left for the speaker when words the rules do not know stand
// between it and the cue (X એ પત્રકાર પરિષદમાં સ્પષ્ટ શબ્દોમાં કહ્યું): the nearest ergative noun
// phrase, mention or pronoun in the same clause.
func (x *extractor) nearestSource(k, first int) (found, bool) {
	start := k
	var tm *Span // a time marker passed on the way, the claim's time
	withTime := func(f found) found {
		if f.time == nil {
			f.time = tm
		}
		return f
	}
	for n := 0; k >= first && n < 10; k, n = k-1, n+1 {
		// time words are not the subject, though many end like an ergative (ગયા સપ્તાહે)
		if m, kind := x.multiMarkerAt(k, first); m > 0 && kind == "time" {
			sp := x.span(k-m+1, k+1)
			tm = &sp
			k -= m - 1
			continue
		}
		w := x.words[k]
		if x.cs.markers[w] == "time" {
			sp := x.span(k, k+1)
			tm = &sp
			continue
		}
		t := x.d.Tokens[k]
		if t.Kind == entity.Quote || w == "," || w == fold("કે") || w == "એમ" || w == "તેમ" || t.Kind == entity.Punct {
			break
		}
		if mi := x.mention[k]; mi >= 0 {
			m := x.d.Mentions[mi]
			if m.Case == entity.Ergative && m.Last-1 == k {
				return withTime(x.fromMention(found{}, m, m.First, k+1)), true
			}
			continue
		}
		if x.cs.markers[w] == "pronoun" && strings.HasSuffix(w, "ે") {
			sp := x.span(k, k+1)
			return withTime(found{source: Source{Start: &sp.Start, End: &sp.End, Text: sp.Text, Kind: Pronoun}, start: k, end: k + 1, headWord: w}), true
		}
		if sp, ok := x.ergativeHead(k); ok && sp.Case == entity.Ergative && !entity.CommonWord(t.Text) {
			return withTime(x.descriptor(found{}, x.npStart(k, first), k, len(sp.Suffix))), true
		}
	}
	// No subject in sight: a word in -ને right before the cue may be a name with the ergative ે
	// (વાલ્ટને કહ્યું = Walton said) rather than an addressee.
	for n, j := 0, start; j >= first && n < 3; j, n = j-1, n+1 {
		t := x.d.Tokens[j]
		if t.Script != entity.Gujarati || t.Kind != entity.Word || entity.CommonWord(t.Text) {
			continue
		}
		for _, sp := range entity.SplitSuffix(t.Text) {
			if sp.Suffix == "ે" && strings.HasSuffix(t.Text, "ને") && !stopWords[fold(sp.Stem)] {
				return withTime(x.descriptor(found{}, x.npStart(j, first), j, len(sp.Suffix))), true
			}
		}
	}
	return found{}, false
}

// auxiliaries are the forms of થવું and હોવું that end a clause.
var auxiliaries = foldedSet("થયું થયો થયા થઈ થયાં છે હતું હતો હતી હતા હતાં")

// npStart extends a noun phrase ending at head to the left over modifiers, genitives and names.
func (x *extractor) npStart(head, first int) int {
	toks := x.d.Tokens
	a := head
	for n := 0; a > first && n < 3; n++ {
		k := a - 1
		t := toks[k]
		if t.Kind != entity.Word || stopWords[x.words[k]] || x.used[k] {
			break
		}
		if _, ok := x.matchCue(k, head); ok != 0 {
			break
		}
		if mi := x.mention[k]; mi >= 0 {
			a = x.d.Mentions[mi].First
			continue
		}
		// verbs end the phrase: finite forms end in -યું, -યો, -યા (read on the text: folding
		// drops the virama), auxiliaries, and the nominalizer હોવાનું of a nominal claim
		if w := t.Text; strings.HasSuffix(w, "્યું") || strings.HasSuffix(w, "્યો") || strings.HasSuffix(w, "્યા") ||
			strings.HasPrefix(x.words[k], "હોવા") || auxiliaries[x.words[k]] {
			break
		}
		// and so do converbs: આ અંગે પૂછતાં અધિકારીએ, ટ્વીટ કરીને તેમણે
		if w := t.Text; len([]rune(w)) > 3 && (strings.HasSuffix(w, "તાં") || strings.HasSuffix(w, "ીને")) {
			break
		}
		erg := false
		for _, sp := range entity.SplitSuffix(t.Text) {
			if sp.Case == entity.Ergative {
				erg = true
			}
		}
		if erg {
			break
		}
		a = k
	}
	return a
}

func (x *extractor) fromMention(f found, m entity.Mention, first, end int) found {
	s, e := m.Start, m.End
	f.source = Source{Start: &s, End: &e, Text: m.Text, Entity: m.Entity, Kind: Named, Role: m.Title}
	f.start, f.end, f.headWord = first, end, fold(m.Text)
	return f
}

// descriptor makes a source of tokens [a, head], the head without a suffix of sufLen bytes.
func (x *extractor) descriptor(f found, a, head, sufLen int) found {
	toks := x.d.Tokens
	sp := x.d.Span(toks[a].CStart, toks[head].CEnd-sufLen)
	f.source = Source{Start: &sp.Start, End: &sp.End, Text: sp.Text, Kind: Descriptor}
	// a named entity inside the phrase (અમેરિકી ગુપ્તચર વિભાગ) links the source to it
	for k := head; k >= a; k-- {
		if mi := x.mention[k]; mi >= 0 {
			m := x.d.Mentions[mi]
			if m.Last-1 >= head-1 {
				f.source.Entity = m.Entity
				f.source.Kind = Named
			}
			break
		}
	}
	if x.isAnonymousWord(x.words[head]) || x.isAnonymousWord(fold(strings.TrimSuffix(toks[head].Text, toks[head].Text[len(toks[head].Text)-sufLen:]))) {
		f.source.Kind = Anonymous
	}
	f.start, f.end = a, head+1
	f.headWord = fold(toks[head].Text[:len(toks[head].Text)-sufLen])
	return f
}

// genitiveSource finds the source of a frame whose genitive ends at token k: a mention with a
// genitive suffix (વિભાગના), a Latin name followed by a separate ના, or a descriptor.
func (x *extractor) genitiveSource(k, first int) (found, bool) {
	var f found
	toks := x.d.Tokens
	if genitives[x.words[k]] && k > first {
		// a name with its acronym in brackets before the genitive: કાઉન્સિલ (GJEPC)ના
		if toks[k-1].Text == ")" {
			for j := k - 2; j > first && j >= k-6; j-- {
				if toks[j].Text == "(" {
					if mi := x.mention[j-1]; mi >= 0 && x.d.Mentions[mi].Last == j {
						m := x.d.Mentions[mi]
						return x.fromMention(f, m, m.First, k+1), true
					}
					if mi := x.mention[k-2]; mi >= 0 {
						m := x.d.Mentions[mi]
						return x.fromMention(f, m, m.First, k+1), true
					}
					break
				}
			}
		}
		if mi := x.mention[k-1]; mi >= 0 {
			m := x.d.Mentions[mi]
			return x.fromMention(f, m, m.First, k+1), true
		}
		k--
	}
	if mi := x.mention[k]; mi >= 0 {
		m := x.d.Mentions[mi]
		return x.fromMention(f, m, m.First, k+1), true
	}
	if toks[k].Kind != entity.Word {
		return f, false
	}
	if x.cs.markers[x.words[k]] == "pronoun" {
		// a genitive pronoun: તેમના મતે, તેના જણાવ્યા મુજબ
		sp := x.span(k, k+1)
		f.source = Source{Start: &sp.Start, End: &sp.End, Text: sp.Text, Kind: Pronoun}
		f.start, f.end, f.headWord = k, k+1, x.words[k]
		return f, true
	}
	suf := 0
	for _, sp := range entity.SplitSuffix(toks[k].Text) {
		if sp.Case == entity.Genitive {
			suf = len(sp.Suffix)
			break
		}
	}
	if stopWords[x.words[k]] {
		return f, false
	}
	return x.descriptor(f, x.npStart(k, first), k, suf), true
}

// leftmostSource finds the first ergative source in [first, hi): the speaker of a nominal
// report (X એ CONTENT હોવાનું જણાવ્યું).
func (x *extractor) leftmostSource(first, hi int) (found, bool) {
	for k := first; k < hi; k++ {
		if x.cs.markers[x.words[k]] == "time" {
			continue
		}
		if mi := x.mention[k]; mi >= 0 {
			m := x.d.Mentions[mi]
			if m.Case == entity.Ergative && m.Last-1 == k {
				f := x.fromMention(found{}, m, m.First, k+1)
				x.takeMarkers(&f, k+1, hi)
				return f, true
			}
			continue
		}
		if x.cs.markers[x.words[k]] == "pronoun" {
			sp := x.span(k, k+1)
			f := found{source: Source{Start: &sp.Start, End: &sp.End, Text: sp.Text, Kind: Pronoun}, start: k, end: k + 1, headWord: x.words[k]}
			x.takeMarkers(&f, k+1, hi)
			return f, true
		}
		if sp, ok := x.ergativeHead(k); ok && sp.Case == entity.Ergative {
			f := x.descriptor(found{}, x.npStart(k, first), k, caseLen(sp))
			x.takeMarkers(&f, k+1, hi)
			return f, true
		}
	}
	return found{}, false
}

// takeMarkers moves time and frequency words that follow the source into the claim, and past
// the content start.
func (x *extractor) takeMarkers(f *found, from, hi int) {
	timeFrom, timeTo := -1, -1 // the tokens of the time read so far: ગઈ કાલે + સાંજે is one time
	setTime := func(a, b int) {
		if timeFrom >= 0 && a == timeTo {
			a = timeFrom
		} else {
			timeFrom = a
		}
		timeTo = b
		sp := x.span(a, b)
		f.time = &sp
	}
	for k := from; k < hi; k++ {
		// a marker of several words: the longest that starts here
		if n, kind := x.multiMarkerFrom(k, hi); n > 0 {
			switch kind {
			case "time":
				setTime(k, k+n)
			case "frequency":
				sp := x.span(k, k+n)
				f.freq = &sp
			}
			k += n - 1
			f.end = k + 1
			continue
		}
		switch x.cs.markers[x.words[k]] {
		case "time":
			setTime(k, k+1)
		case "frequency":
			sp := x.span(k, k+1)
			f.freq = &sp
		default:
			// a discourse marker between source and content: X એ જો કે, ... (however)
			if x.words[k] == "જો" && k+1 < hi && x.words[k+1] == "કે" {
				k++
				if k+1 < hi && x.words[k+1] == "," {
					k++
				}
				f.end = k + 1
				continue
			}
			return
		}
		f.end = k + 1
	}
}

// npSource makes a source of the English tokens [a, b): a mention in it, else a descriptor.
func (x *extractor) npSource(a, b int) found {
	for k := b - 1; k >= a; k-- {
		if mi := x.mention[k]; mi >= 0 {
			m := x.d.Mentions[mi]
			return x.fromMention(found{}, m, m.First, m.Last)
		}
	}
	return x.descriptor(found{}, a, b-1, 0)
}

// sourceAfterEnglish reads the speaker after an English cue: "...," said Kirby.
func (x *extractor) sourceAfterEnglish(end, last int) (found, bool) {
	if end >= last {
		return found{}, false
	}
	if mi := x.mention[end]; mi >= 0 {
		m := x.d.Mentions[mi]
		return x.fromMention(found{}, m, m.First, m.Last), true
	}
	if x.d.Tokens[end].Kind == entity.Word && isUpperWord(x.d.Tokens[end].Text) {
		b := end
		for b+1 < last && x.d.Tokens[b+1].Kind == entity.Word && isUpperWord(x.d.Tokens[b+1].Text) {
			b++
		}
		return x.descriptor(found{}, end, b, 0), true
	}
	return found{}, false
}

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
