package claims

import (
	"sort"
	"strings"

	"github.com/kathan-nlp/kathan/entity"
	"github.com/kathan-nlp/kathan/normalize"
)

// extractor holds one document's working state.
type extractor struct {
	d       *entity.Document
	cs      *cueSet
	words   []string // folded token texts
	mention []int    // token -> index of the mention covering it, or -1
	sentOf  []int    // token -> sentence index
	quotes  []quote
	claims  []Claim
	used    []bool // tokens already taken as a cue
}

// quote is a quoted region: tokens (open, close) exclusive of the marks.
type quote struct{ open, close int }

// Extract finds the attributed claims of an analyzed document, sorted by cue position. Spans are
// byte offsets into d.Input. It reads d and changes nothing in it; it is safe to call from many
// goroutines at once.
func Extract(d *entity.Document) []Claim {
	x := &extractor{d: d, cs: loadCues()}
	n := len(d.Tokens)
	x.words = make([]string, n)
	x.mention = make([]int, n)
	x.sentOf = make([]int, n)
	x.used = make([]bool, n)
	for i := range d.Tokens {
		x.words[i] = d.Folded(i)
		x.mention[i] = -1
	}
	for mi, m := range d.Mentions {
		for k := m.First; k < m.Last && k < n; k++ {
			x.mention[k] = mi
		}
	}
	for si, s := range d.Sentences {
		for k := s.First; k < s.Last; k++ {
			x.sentOf[k] = si
		}
	}
	x.findQuotes()
	for si, s := range d.Sentences {
		x.sentence(si, s.First, s.Last)
	}
	sort.SliceStable(x.claims, func(i, j int) bool { return x.claims[i].cueTok < x.claims[j].cueTok })
	x.nest()
	x.resolvePronouns()
	if x.claims == nil {
		return []Claim{}
	}
	return x.claims
}

// findQuotes pairs quotation marks: curly marks by direction, straight ones by alternation
// within a paragraph. An unpaired mark is ignored.
func (x *extractor) findQuotes() {
	toks := x.d.Tokens
	var stack []int
	straight := map[string]int{}
	for i, t := range toks {
		if t.Kind != entity.Quote {
			continue
		}
		switch t.Text {
		case "“", "‘", "«", "„":
			stack = append(stack, i)
		case "”", "’", "»":
			if len(stack) > 0 {
				x.quotes = append(x.quotes, quote{stack[len(stack)-1], i})
				stack = stack[:len(stack)-1]
			}
		default: // " and '
			if o, ok := straight[t.Text]; ok && !x.paragraphBreak(o, i) {
				x.quotes = append(x.quotes, quote{o, i})
				delete(straight, t.Text)
			} else {
				straight[t.Text] = i
			}
		}
	}
	sort.Slice(x.quotes, func(i, j int) bool { return x.quotes[i].open < x.quotes[j].open })
}

func (x *extractor) paragraphBreak(a, b int) bool {
	toks := x.d.Tokens
	return strings.Contains(x.d.Text()[toks[a].CEnd:toks[b].CStart], "\n\n")
}

// isScare reports a quote around one or two words: emphasis, not speech.
func (x *extractor) isScare(q quote) bool {
	words := 0
	for k := q.open + 1; k < q.close; k++ {
		if x.d.Tokens[k].Kind == entity.Word {
			words++
		}
	}
	return words <= 2
}

// quoteEndingAt returns the quote whose closing mark is token k.
func (x *extractor) quoteEndingAt(k int) (quote, bool) {
	for _, q := range x.quotes {
		if q.close == k && !x.isScare(q) {
			return q, true
		}
	}
	return quote{}, false
}

// quoteStartingAt returns the quote whose opening mark is token k.
func (x *extractor) quoteStartingAt(k int) (quote, bool) {
	for _, q := range x.quotes {
		if q.open == k && !x.isScare(q) {
			return q, true
		}
	}
	return quote{}, false
}

// particles may stand inside a cue without changing it: માગ પણ કરી હતી, વચન પણ આપ્યું.
var particles = map[string]bool{fold("પણ"): true, fold("જ"): true}

// matchCue returns the longest cue pattern starting at token i, and the token after it.
func (x *extractor) matchCue(i, last int) (*cue, int) {
	for _, c := range x.cs.byFirst[x.words[i]] {
		k := i
		ok := true
		for n, w := range c.words {
			for n > 0 && k < last && particles[x.words[k]] && x.words[k] != w {
				k++
			}
			if k >= last || x.words[k] != w {
				ok = false
				break
			}
			k++
		}
		if ok {
			return c, k
		}
	}
	return nil, 0
}

// sourceAfterQuotative finds the source right after એમ/તેમ when words of circumstance stand
// between it and the cue: ..., એમ ભૂપેન્દ્રભાઈએ પત્રકારો સાથેની વાતચીતમાં કહ્યું હતું; ..., એમ
// વિક્રમે ફોન પર જણાવ્યું. The source must start at most a title after the quotative.
func (x *extractor) sourceAfterQuotative(i, first int) (found, bool) {
	toks := x.d.Tokens
	for e := i - 2; e >= first && e >= i-9; e-- {
		if x.words[e] == "એમ" || x.words[e] == "તેમ" {
			for j := e + 1; j < i-1 && j <= e+4; j++ {
				if f, ok := x.sourceBefore(j, e+1, false); ok && f.start > e && f.end == j+1 && f.start <= e+3 {
					return f, true
				}
			}
			return found{}, false
		}
		if toks[e].Kind != entity.Word || x.words[e] == "કે" {
			return found{}, false
		}
	}
	return found{}, false
}

// statementNouns name what a denial rejects, as a bare object: X એ તમામ આક્ષેપો નકારી કાઢ્યા.
var statementNouns = foldedSet("આક્ષેપ આક્ષેપો આરોપ આરોપો દાવો દાવા દાવાઓ અહેવાલ અહેવાલો અફવા અફવાઓ વાત વાતો ટીકા")

// accusedWords are the postpositions of the one accused: X પર આરોપ મૂક્યો.
var accusedWords = map[string]bool{fold("પર"): true, fold("ઉપર"): true, fold("સામે"): true, fold("વિરુદ્ધ"): true}

// suchWords close a content before a nominal cue, agreeing with the noun: ... થશે તેવી
// જાહેરાત કરી, ... નહીં થાય એવી ખાતરી આપી.
var suchWords = foldedSet("તેવું તેવી તેવો તેવા એવું એવી એવો એવા")

// lightVerbs are the verbs that make a cue of a noun (આક્ષેપ કર્યો, આરોપ મૂક્યો), folded.
var lightVerbs = foldedSet("કર્યો કર્યું કરી કર્યા કર્યાં મૂક્યો મૂક્યા મૂકી મુક્યો મુક્યા લગાવ્યો લગાવ્યા લગાવી નોંધાવ્યો વ્યક્ત")

// splitNominal reads the nominal claim whose cue is parted by its source: CONTENT હોવાનો
// આક્ષેપ દર્દીઓના સગાઓએ કર્યો છે — the noun of the cue right after the content, the source in
// the ergative, then the light verb. It returns the claim and the light verb's index.
func (x *extractor) splitNominal(i, first, last int) (Claim, *cue, int, bool) {
	var cl Claim
	if i <= first+1 || !strings.HasPrefix(x.words[i-1], "હોવા") {
		return cl, nil, 0, false
	}
	cues := x.cs.byFirst[x.words[i]]
	if len(cues) == 0 {
		return cl, nil, 0, false
	}
	for v := i + 2; v < last && v <= i+6; v++ {
		if x.d.Tokens[v].Kind != entity.Word {
			break
		}
		if !lightVerbs[x.words[v]] {
			continue
		}
		var c *cue
		for _, cc := range cues {
			if len(cc.words) >= 2 && cc.words[1] == x.words[v] && cc.kind == kindVerb {
				c = cc
				break
			}
		}
		if c == nil {
			return cl, nil, 0, false
		}
		src, ok := x.sourceBefore(v-1, i+1, false)
		if !ok || src.start > i+3 {
			return cl, nil, 0, false // only the source (and its description) between noun and verb
		}
		if x.negated(v+1, last) {
			return cl, nil, 0, false
		}
		cl.Source = src.source
		cl.Time, cl.Frequency = src.time, src.freq
		cl.Content = x.span(x.clauseStart(i-1, first), i-1)
		cl.Form = "nominal"
		return cl, c, v, cl.Content.Text != ""
	}
	return cl, nil, 0, false
}

// headlineClaim reads a headline's claim: X નો આક્ષેપ: “...” — a named source in the genitive, the
// noun of a cue, a colon, and the content (a quote, or the rest of the sentence).
func (x *extractor) headlineClaim(i, first, last int) (Claim, *cue, int, bool) {
	var cl Claim
	if i <= first || i+2 >= last || x.mention[i-1] < 0 || !(x.words[i+1] == ":" || x.words[i+1] == "ઃ" || x.words[i+1] == "-") {
		return cl, nil, 0, false
	}
	m := x.d.Mentions[x.mention[i-1]]
	if m.Case != entity.Genitive || m.Last-1 != i-1 {
		return cl, nil, 0, false
	}
	var c *cue
	for _, cc := range x.cs.byFirst[x.words[i]] {
		if cc.kind == kindVerb && len(cc.words) >= 2 {
			c = cc
			break
		}
	}
	if c == nil {
		return cl, nil, 0, false
	}
	a, b := i+2, x.contentEnd(i+2, last)
	cl.Form = "indirect"
	if q, ok := x.quoteStartingAt(i + 2); ok {
		a, b, cl.Form = q.open+1, min(q.close, last), "direct"
	}
	if b <= a {
		return cl, nil, 0, false
	}
	f := x.fromMention(found{}, m, m.First, i)
	cl.Source = f.source
	cl.Content = x.span(a, b)
	return cl, c, i + 1, true
}

// sentence finds the claims whose cue is in sentence si (tokens [first, last)).
func (x *extractor) sentence(si, first, last int) {
	for i := first; i < last; i++ {
		if x.used[i] {
			continue
		}
		if cl, c, end, ok := x.headlineClaim(i, first, last); ok {
			x.used[i] = true
			cl.Stance, cl.WriterCommitment, cl.Sentence, cl.cueTok = c.stance, c.commitment, si, i
			cl.Cue = x.d.TokenSpan(i, i+1)
			x.claims = append(x.claims, cl)
			i = end
			continue
		}
		if cl, c, v, ok := x.splitNominal(i, first, last); ok {
			x.used[i], x.used[v] = true, true
			cl.Stance, cl.WriterCommitment, cl.Sentence, cl.cueTok = c.stance, c.commitment, si, i
			cl.Cue = x.d.TokenSpan(i, i+1)
			cl.Hedges = x.hedges(first, last)
			x.claims = append(x.claims, cl)
			i = v
			continue
		}
		c, end := x.matchCue(i, last)
		if c == nil {
			continue
		}
		if x.negated(end, last) {
			continue // કરી ન હતી, કહ્યું નથી: a report that something was not said
		}
		var cl Claim
		var ok bool
		switch c.kind {
		case kindVerb, kindEnglishVerb:
			cl, ok = x.verbClaim(c, i, end, first, last)
		case kindFrame, kindEnglishFrame:
			cl, ok = x.frameClaim(c, i, end, first, last)
		case kindImpersonal:
			cl, ok = x.impersonalClaim(c, i, end, first, last)
		}
		if !ok {
			continue
		}
		for k := i; k < end; k++ {
			x.used[k] = true
		}
		cl.Stance, cl.WriterCommitment, cl.Sentence, cl.cueTok = c.stance, c.commitment, si, i
		cl.Cue = x.d.TokenSpan(i, end)
		cl.Hedges = x.hedges(first, last)
		x.claims = append(x.claims, cl)
		i = end - 1
	}
}

// negation words right after a cue turn it into a report of silence, not a claim.
var negations = map[string]bool{fold("ન"): true, fold("નથી"): true, fold("નહોતું"): true, fold("નહોતી"): true,
	fold("નહોતો"): true, fold("નહોતા"): true, fold("નહીં"): true, "not": true}

func (x *extractor) negated(end, last int) bool {
	return end < last && negations[x.words[end]]
}

// englishDeterminers before an English cue make it a noun: "the accused", "a report".
var englishDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true, "their": true}

// englishPrepositions after an English verb mean it is not used as a reporting verb here:
// "Putin writes to a leader", "said to be".
var englishPrepositions = map[string]bool{"to": true, "for": true, "about": true, "on": true, "in": true,
	"with": true, "at": true, "from": true, "of": true, "by": true, "off": true, "up": true, "back": true}

// clauseStart returns the first token of the clause that holds token i: after the last
// complementizer કે or quote mark before it.
func (x *extractor) clauseStart(i, first int) int {
	for k := i - 1; k >= first; k-- {
		if x.words[k] == "કે" && !(k > first && x.words[k-1] == "જો") || x.d.Tokens[k].Kind == entity.Quote {
			return k + 1 // (જો કે, "however", opens no clause)
		}
	}
	return first
}

// present reports a cue in the present tense (કહે છે, માને છે, અપેક્ષા રાખે છે), whose subject
// stands in the nominative.
func present(c *cue) bool {
	n := len(c.words)
	if n < 2 || c.words[n-1] != "છે" {
		return false
	}
	return strings.HasSuffix(c.words[n-2], "ે")
}

// passive reports a cue in the passive voice: જણાવવામાં આવ્યું, પુષ્ટિ કરવામાં આવી.
func (x *extractor) passive(i, end int) bool {
	for k := i; k < end; k++ {
		if strings.HasSuffix(x.words[k], "વામાં") || sufferVerbs[x.words[k]] {
			return true
		}
	}
	return false
}

// sufferVerbs make a cue noun passive without an agent: X પર આરોપ લાગ્યો (X was accused).
var sufferVerbs = map[string]bool{fold("લાગ્યો"): true, fold("લાગ્યા"): true, fold("લાગી"): true, fold("લાગ્યાં"): true}

// contentEnd trims closing punctuation from the end of a sentence's token range.
func (x *extractor) contentEnd(from, last int) int {
	toks := x.d.Tokens
	for last > from {
		t := toks[last-1]
		if t.Kind == entity.Punct && (t.Text == "." || t.Text == "।" || t.Text == "?" || t.Text == "!" || t.Text == "," || t.Text == ":" || strings.HasPrefix(t.Text, ".")) {
			last--
			continue
		}
		break
	}
	return last
}

func (x *extractor) span(a, b int) Span {
	if a >= b {
		return Span{}
	}
	return x.d.TokenSpan(a, b)
}

// verbClaim builds a claim around a reporting verb at tokens [i, end).
func (x *extractor) verbClaim(c *cue, i, end, first, last int) (Claim, bool) {
	toks := x.d.Tokens
	var cl Claim
	cl.Form = c.form
	english := c.kind == kindEnglishVerb
	// An English verb used as a noun or inside a name: "the accused", "United States".
	if english && i > first && (englishDeterminers[x.words[i-1]] || isUpperWord(toks[i].Text) && toks[i-1].Kind == entity.Word) {
		return cl, false
	}
	// A request, not a report: મદદ કરવા કહ્યું (asked to help).
	if !english && c.stance == "said" && i > first && strings.HasSuffix(x.words[i-1], "વા") && !x.followedByKe(end, last) {
		return cl, false
	}
	contentA, contentB := -1, -1
	srcHi := i // the source is searched leftward from here
	after := end
	if english && after < last && (x.words[after] == "that" || x.words[after] == "reporters" || x.words[after] == "journalists") {
		after++
		if after < last && x.words[after] == "that" {
			after++
		}
	}
	switch {
	case !english && x.followedByKe(end, last):
		a := end + 1
		for a < last && (x.words[a] == "," || x.words[a] == ":") {
			a++ // કે, “...” — a comma after the complementizer
		}
		contentA, contentB = a, x.contentEnd(a, last)
		cl.Form = "indirect"
		if q, ok := x.quoteStartingAt(a); ok {
			contentA, contentB, cl.Form = q.open+1, min(q.close, last), "direct"
		}
	case after < last && (x.words[after] == ":" || x.words[after] == "ઃ" || x.words[after] == "," || x.words[after] == "-" || x.words[after] == "–") && after+1 < last && toks[after+1].Kind == entity.Quote:
		if q, ok := x.quoteStartingAt(after + 1); ok {
			contentA, contentB, cl.Form = q.open+1, min(q.close, x.d.Sentences[x.sentOf[q.open]].Last), "direct"
		}
	case after < last && toks[after].Kind == entity.Quote:
		if q, ok := x.quoteStartingAt(after); ok {
			contentA, contentB, cl.Form = q.open+1, min(q.close, last), "direct"
		}
	case !english && after < last && (x.words[after] == "," || x.words[after] == ":") && after+1 < last &&
		toks[after+1].Kind == entity.Word && !stopWords[x.words[after+1]]:
		// X એ જણાવ્યું, CONTENT — the complementizer left out after a comma or colon
		contentA, contentB, cl.Form = after+1, x.contentEnd(after+1, last), "indirect"
	case english && after == end && after < last && englishPrepositions[x.words[after]]:
		// "wrote on social media: “...”" — the content is a quote further on, if any
		for k := after; k+1 < last; k++ {
			if x.words[k] == ":" && toks[k+1].Kind == entity.Quote {
				if q, ok := x.quoteStartingAt(k + 1); ok {
					contentA, contentB, cl.Form = q.open+1, min(q.close, last), "direct"
				}
				break
			}
		}
	case english && after < last && toks[after].Kind != entity.Punct:
		contentA, contentB, cl.Form = after, x.contentEnd(after, last), "indirect"
	}
	if contentA < 0 && !english && x.passive(i, end) && i > first && (endsGenitive(x.words[i-1]) || strings.HasPrefix(x.words[i-1], "હોવા")) {
		// A passive: પુષ્ટિ કરવામાં આવી છે. The agent, if any, stands before દ્વારા / તરફથી.
		a := x.clauseStart(i, first)
		cl.Source = Source{Kind: None}
		for k := i - 1; k > a; k-- {
			if x.words[k] == fold("દ્વારા") || x.words[k] == fold("તરફથી") {
				if f, ok := x.genitiveSource(k-1, a); ok {
					cl.Source = f.source
					a = k + 1
				}
				break
			}
		}
		// the one accused stays out of the content: તેના પર [ઘરેલુ હિંસાનો] આરોપ લાગ્યો
		for k := i - 1; k > a; k-- {
			if accusedWords[x.words[k]] {
				a = k + 1
				break
			}
		}
		cl.Form = "nominal"
		cl.Content = x.span(a, i)
		return cl, cl.Content.Text != ""
	}
	if contentA < 0 && !english {
		// Nominal content: ... હોવાનું જણાવ્યું, or an NP with a genitive: ... ની જાહેરાત કરી.
		// (an adverb or a short phrase may stand between: હોવાનો સ્પષ્ટ ઇનકાર, હોવાનો ફોન પર ઇનકાર)
		hv := i - 1
		for j := i - 1; j > first && j >= i-3 && x.d.Tokens[j].Kind == entity.Word && x.mention[j] < 0; j-- {
			if strings.HasPrefix(x.words[j], "હોવા") {
				hv = j
				break
			}
			if len(entity.SplitSuffix(x.d.Tokens[j].Text)) > 0 {
				break // an object with its case ending is no adverb (હોવાના આક્ષેપોને નકારી)
			}
		}
		if hv > first && (strings.HasPrefix(x.words[hv], "હોવા") || suchWords[x.words[hv]]) {
			src, ok := x.leftmostSource(x.clauseStart(hv, first), hv)
			if ok {
				cl.Source = src.source
				cl.Time, cl.Frequency = src.time, src.freq
				cl.Content = x.span(src.end, hv)
				cl.Form = "nominal"
				if suchWords[x.words[hv]] {
					cl.Form = "preposed"
				}
				return cl, cl.Content.Text != ""
			}
		}
		// (the accused may stand between content and cue: ...રાખવાનો કંપનીઓ પર આરોપ મૂક્યો)
		ce := i
		if ce-1 > first && particles[x.words[ce-1]] && endsGenitive(x.words[ce-2]) {
			ce-- // a particle after the object: ત્રણ મૃત્યુની જ પુષ્ટિ કરી
		}
		if i-1 > first && accusedWords[x.words[i-1]] {
			for k := i - 2; k > first && k >= i-5 && x.d.Tokens[k].Kind == entity.Word; k-- {
				if endsGenitive(x.words[k]) {
					ce = k + 1
					break
				}
			}
		}
		if ce > first && x.nominalCue(c) && (endsGenitive(x.words[ce-1]) ||
			c.stance == "denial" && (strings.HasSuffix(x.words[ce-1], "ને") || statementNouns[x.words[ce-1]])) {
			src, ok := x.leftmostSource(x.clauseStart(ce, first), ce)
			if ok && src.end < ce {
				cl.Source = src.source
				cl.Time, cl.Frequency = src.time, src.freq
				a := src.end
				if !endsGenitive(x.words[ce-1]) && !(ce-2 >= a && strings.HasPrefix(x.words[ce-2], "હોવા")) {
					// the object denied: આ અહેવાલને નકારી કાઢ્યો (but ... હોવાના આક્ષેપોને keeps its clause)
					a = max(a, x.npStart(ce-1, a))
				}
				cl.Content = x.span(a, ce)
				cl.Form = "nominal"
				return cl, true
			}
		}
	}
	// A demand whose content is an infinitive clause: X એ લોકોને સાવચેત રહેવા અપીલ કરી.
	if contentA < 0 && !english && c.stance == "demand" && i > first+1 && strings.HasSuffix(x.words[i-1], "વા") {
		if src, ok := x.leftmostSource(x.clauseStart(i, first), i-1); ok && src.end < i {
			cl.Source = src.source
			cl.Time, cl.Frequency = src.time, src.freq
			cl.Content = x.span(src.end, i)
			cl.Form = "indirect"
			return cl, true
		}
	}
	// Preposed content: CONTENT, એમ X એ કહ્યું  /  “QUOTE”, એમ X એ ઉમેર્યું  /  “QUOTE,” X said.
	src, srcOK := x.sourceBefore(srcHi-1, first, english)
	if !srcOK && !english && contentA < 0 {
		src, srcOK = x.sourceAfterQuotative(i, first)
	}
	if contentA < 0 {
		k := i - 1
		if srcOK {
			k = src.start - 1
			// the source's title stands between the quote and the name: “...,” ડૉ. દવેએ કહ્યું
			if mi := x.mention[src.start]; mi >= 0 && x.d.Mentions[mi].Title != "" {
				for k >= first && k >= src.start-4 && toks[k].Kind != entity.Quote && strings.Contains(x.d.Mentions[mi].Title, toks[k].Text) {
					k--
				}
			}
		}
		pre := k // the token before the source and its title
		for k >= first && (x.words[k] == "," || x.d.Tokens[k].Kind == entity.Quote && !x.isQuoteClose(k)) {
			k--
		}
		nominal := k >= first && !english && strings.HasPrefix(x.words[k], "હોવા")
		quotative := k >= first && (x.words[k] == "એમ" || x.words[k] == "તેમ" || nominal)
		if !quotative && srcOK && !english {
			// a title or a particle between the quotative and the source: ..., એમ મ્યુનિસિપલ
			// કમિશનર થેન્નારસને ઉમેર્યું; ..., એમ પણ તેમણે સ્પષ્ટ કર્યું
			for j := k; j >= first && j > k-3 && toks[j].Kind == entity.Word; j-- {
				if x.words[j] == "એમ" || x.words[j] == "તેમ" {
					k, quotative = j, true
					break
				}
			}
		}
		if quotative {
			k--
			for k >= first && x.words[k] == "," {
				k--
			}
		}
		switch {
		case k >= first && toks[k].Kind == entity.Quote:
			if q, ok := x.quoteEndingAt(k); ok {
				contentA, contentB, cl.Form = max(q.open+1, first), k, "direct"
			}
		case k >= first && quotative:
			contentA, contentB, cl.Form = first, k+1, "preposed"
			if nominal {
				cl.Form = "nominal" // CONTENT હોવાનું X એ જણાવ્યું
			}
		case srcOK && !english && pre > first && x.words[pre] == "," && !x.followedByKe(end, last):
			// CONTENT, X એ કહ્યું. — the quotative એમ left out
			contentA, contentB, cl.Form = first, pre, "preposed"
		}
	}
	if contentA < 0 && english {
		// “QUOTE,” the company said (in a statement): the speaker stands between quote and cue.
		for k := i - 1; k >= first && k >= i-7; k-- {
			if toks[k].Kind == entity.Quote && x.isQuoteClose(k) {
				if q, ok := x.quoteEndingAt(k); ok {
					contentA, contentB, cl.Form = max(q.open+1, first), k, "direct"
					if k+1 < i {
						src, srcOK = x.npSource(k+1, i), true
					}
				}
				break
			}
		}
	}
	if english && !srcOK {
		// "...," said Kirby.  /  "...," Kirby said.
		src, srcOK = x.sourceAfterEnglish(end, last)
	}
	if !srcOK && !english {
		src, srcOK = x.nearestSource(srcHi-1, first)
	}
	if !srcOK && !english && present(c) && i > first {
		// a nominative subject of a present-tense cue: ટ્રેઝરી અપેક્ષા રાખે છે કે ...
		if k := i - 1; toks[k].Kind == entity.Word && !stopWords[x.words[k]] && !entity.CommonWord(toks[k].Text) && x.cs.markers[x.words[k]] != "time" {
			src, srcOK = x.descriptor(found{}, x.npStart(k, first), k, 0), true
		}
	}
	if contentA < 0 || contentB <= contentA {
		return cl, false
	}
	if srcOK {
		cl.Source = src.source
		cl.Time, cl.Frequency = src.time, src.freq
	} else if c.form == "impersonal" || strings.Contains(x.words[i], "વામાં") || strings.Contains(strings.Join(x.words[i:end], " "), "વામાં") {
		cl.Source = Source{Kind: None}
	} else {
		// A continuation without a subject (ઉમેર્યું કે ...): the previous source speaks.
		cl.Source = Source{Kind: Pronoun}
	}
	cl.Content = x.span(contentA, x.contentEnd(contentA, contentB))
	return cl, true
}

func (x *extractor) isQuoteClose(k int) bool {
	for _, q := range x.quotes {
		if q.close == k {
			return true
		}
	}
	return false
}

// nominalCue reports the stances whose content may be a noun phrase: promise, warning,
// demand, denial, announcement, allegation, confirmation.
func (x *extractor) nominalCue(c *cue) bool {
	switch c.stance {
	case "promise", "warning", "demand", "denial", "announcement", "allegation", "confirmation", "admission", "claim":
		return true
	}
	// a forecast takes its content as a genitive too: ભારે વરસાદની આગાહી કરી
	return len(c.words) > 0 && c.words[0] == forecastWord
}

// documentNouns are the writings a report can cite in the locative: ફરિયાદમાં જણાવ્યા મુજબ.
var documentNouns = foldedSet("ફરિયાદ અહેવાલ રિપોર્ટ નિવેદન એફઆઈઆર એફઆઇઆર અરજી ચાર્જશીટ આરોપનામા આરોપનામું પત્ર નોટિસ જાહેરનામા જાહેરનામું પરિપત્ર સર્વે સર્વેક્ષણ અભ્યાસ ચુકાદા ચુકાદો હુકમ પ્રેસનોટ")

// documentAt returns the stem of token k when it is a document noun in the locative
// (ફરિયાદમાં): the descriptor source of a frame.
func (x *extractor) documentAt(k int) (Span, bool) {
	t := x.d.Tokens[k]
	for _, sp := range entity.SplitSuffix(t.Text) {
		if sp.Case == entity.Locative && documentNouns[fold(sp.Stem)] {
			return x.d.Span(t.CStart, t.CStart+len(sp.Stem)), true
		}
	}
	return Span{}, false
}

// forecastWord is the folded આગાહી (forecast), a belief cue that also takes a genitive object.
var forecastWord = fold("આગાહી")

func endsGenitive(w string) bool {
	for g := range genitives {
		if strings.HasSuffix(w, g) && len(w) > len(g) {
			return true
		}
	}
	return strings.HasSuffix(w, fold("વાની")) || strings.HasSuffix(w, "વાનો") || strings.HasSuffix(w, "વાનું")
}

// followedByKe reports a complementizer કે right after the cue (not કે નહીં, કે પછી).
func (x *extractor) followedByKe(end, last int) bool {
	if end >= last || x.words[end] != "કે" {
		return false
	}
	if end+1 < last && (x.words[end+1] == "નહિ" || x.words[end+1] == fold("નહીં") || x.words[end+1] == "પછી") {
		return false
	}
	return true
}

// frameClaim builds an "according to" claim: SOURCE ના જણાવ્યા મુજબ, CONTENT.
func (x *extractor) frameClaim(c *cue, i, end, first, last int) (Claim, bool) {
	var cl Claim
	cl.Form = "according_to"
	english := c.kind == kindEnglishFrame
	var src found
	srcOK := false
	contentA := end
	switch {
	case english:
		// according to X, CONTENT  /  CONTENT, according to X.
		k := end
		for k < last && x.words[k] != "," && x.d.Tokens[k].Kind != entity.Punct {
			k++
		}
		if k > end {
			src = x.npSource(end, k)
			srcOK = true
		}
		contentA = k + 1
	case c.genitive:
		if i == first {
			return cl, false
		}
		if prev := x.words[i-1]; prev != c.marker && !(strings.HasSuffix(prev, c.marker) && len(prev) > len(c.marker)) &&
			!(genitives[c.marker] && endsGenitive(prev)) {
			// a document in the locative is the source: ફરિયાદમાં જણાવ્યા મુજબ (as the complaint says)
			sp, ok := x.documentAt(i - 1)
			if !ok {
				return cl, false
			}
			cl.Source = Source{Start: &sp.Start, End: &sp.End, Text: sp.Text, Kind: Descriptor}
			break
		}
		src, srcOK = x.genitiveSource(i-1, first)
		if !srcOK {
			return cl, false
		}
	case strings.HasPrefix(c.words[0], fold("સૂત્ર")):
		// સૂત્રોના જણાવ્યા મુજબ: the sources are anonymous, but they are words of the text
		stem := x.d.Tokens[i].Text
		if sps := entity.SplitSuffix(stem); len(sps) > 0 {
			stem = sps[0].Stem
		}
		sp := x.d.Span(x.d.Tokens[i].CStart, x.d.Tokens[i].CStart+len(stem))
		cl.Source = Source{Start: &sp.Start, End: &sp.End, Text: sp.Text, Kind: Anonymous}
	case len(c.words) >= 2:
		// a frame that names no source: મળતી માહિતી મુજબ; but a genitive before it names one
		// (AMCના સત્તાવાર આંકડા મુજબ)
		cl.Source = Source{Kind: Anonymous}
		if i > first && (endsGenitive(x.words[i-1]) || genitives[x.words[i-1]]) && c.words[0] != fold("મળતી") && c.words[0] != fold("મળતા") {
			if f, ok := x.genitiveSource(i-1, first); ok && (f.source.Kind != Descriptor || x.isDescriptorWord(f.headWord)) {
				src, srcOK = f, true
			}
		}
	default:
		// a bare મુજબ / અનુસાર / પ્રમાણે needs a source it can stand for: a name or a
		// descriptor, not "નિયમો મુજબ" (per the rules)
		if i == first {
			return cl, false
		}
		src, srcOK = x.genitiveSource(i-1, first)
		if !srcOK || src.source.Kind == Descriptor && !x.isDescriptorWord(src.headWord) {
			return cl, false
		}
	}
	for contentA < last && (x.words[contentA] == "," || x.words[contentA] == ":" || x.words[contentA] == "કે") {
		contentA++
	}
	contentB := x.contentEnd(contentA, last)
	if contentB <= contentA {
		// the frame closes the sentence: the content is before it
		hi := i
		if srcOK {
			hi = src.start
		}
		contentA, contentB = first, x.contentEnd(first, hi)
	}
	if contentB <= contentA {
		return cl, false
	}
	if srcOK {
		cl.Source = src.source
		if x.isAnonymousWord(src.headWord) {
			cl.Source.Kind = Anonymous
		}
	}
	cl.Content = x.span(contentA, contentB)
	return cl, true
}

// impersonalClaim builds a claim with no source: કહેવાય છે કે ..., ... હોવાનું મનાય છે.
func (x *extractor) impersonalClaim(c *cue, i, end, first, last int) (Claim, bool) {
	cl := Claim{Form: "impersonal"}
	kind := Arbitrary
	if strings.Contains(strings.Join(c.words, " "), "જાણવા") || strings.Contains(strings.Join(c.words, " "), fold("માહિતી")) ||
		strings.Contains(strings.Join(c.words, " "), "અહેવાલ") || strings.Contains(strings.Join(c.words, " "), "બહાર") {
		kind = Anonymous
	}
	cl.Source = Source{Kind: kind}
	lastWord := c.words[len(c.words)-1]
	switch {
	case lastWord == "કે":
		cl.Content = x.span(end, x.contentEnd(end, last))
	case x.followedByKe(end, last):
		cl.Content = x.span(end+1, x.contentEnd(end+1, last))
		end++
	case i > first && strings.HasPrefix(x.words[i-1], "હોવા"):
		cl.Content = x.span(first, i-1)
	case i > first && (c.words[0] == "એમ" || c.words[0] == "તેમ" || suchWords[c.words[0]]):
		cl.Content = x.span(first, i) // preposed: ... વિકટ બનશે તેવું મનાય છે
	default:
		return cl, false // naming: "... કહેવાય છે" = is called
	}
	return cl, cl.Content.Text != ""
}

// hedges returns the hedge markers of a sentence.
func (x *extractor) hedges(first, last int) []Span {
	out := []Span{}
	for k := first; k < last; k++ {
		if x.cs.markers[x.words[k]] == "hedge" {
			out = append(out, x.span(k, k+1))
		}
	}
	return out
}

// nest sets Parent: the claim with the smallest content that holds this claim's cue.
func (x *extractor) nest() {
	for i := range x.claims {
		ci := &x.claims[i]
		best, bestLen := -1, 0
		for j := range x.claims {
			cj := x.claims[j]
			if i == j || cj.Content.Text == "" {
				continue
			}
			if cj.Content.Start <= ci.Cue.Start && ci.Cue.End <= cj.Content.End {
				if l := cj.Content.End - cj.Content.Start; best < 0 || l < bestLen {
					best, bestLen = j, l
				}
			}
		}
		if best >= 0 {
			p := best
			ci.Parent = &p
		}
	}
}

// resolvePronouns links pronoun sources (and continuations without a subject) to the most
// recent source that names an entity, or to the most recent person or organization mentioned.
func (x *extractor) resolvePronouns() {
	for i := range x.claims {
		cl := &x.claims[i]
		if cl.Source.Kind != Pronoun || cl.Source.Entity != "" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if e := x.claims[j].Source.Entity; e != "" {
				cl.Source.Entity = e
				break
			}
		}
		if cl.Source.Entity != "" {
			continue
		}
		tok := cl.cueTok
		for m := len(x.d.Mentions) - 1; m >= 0; m-- {
			mm := x.d.Mentions[m]
			if mm.Last <= tok && (mm.Type == entity.Person || mm.Type == entity.Organization) {
				cl.Source.Entity = mm.Entity
				break
			}
		}
	}
}

func (x *extractor) isDescriptorWord(w string) bool {
	k := x.cs.markers[w]
	if k == "descriptor" || k == "anonymous" {
		return true
	}
	// plurals of descriptors: અહેવાલો, અધિકારીઓ
	for _, pl := range []string{"ો", "ઓ"} {
		if strings.HasSuffix(w, pl) && len(w) > len(pl) {
			k = x.cs.markers[w[:len(w)-len(pl)]]
			return k == "descriptor" || k == "anonymous"
		}
	}
	return false
}

func (x *extractor) isAnonymousWord(w string) bool {
	return strings.HasPrefix(w, fold("સૂત્ર")) || w == "sources"
}

var _ = normalize.Fold
