package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// candidate is a mention before its offsets are mapped: tokens [first, last] hold the name, and
// the last token may carry a case suffix of sufLen bytes.
type candidate struct {
	first, last int
	sufLen      int
	suffix      string
	cas         Case
	typ         Type
	entry       int32
	source      string
	rule        string
	suffixTok   bool   // the suffix is the whole token last+1 (Kirbyની)
	name        string // an English name composed by a rule (Biden administration), if any
}

// folded holds the folded form of every token of a document in one string, so that looking
// a token up in a map or passing it around costs no allocation.
type folded struct {
	buf  []byte
	all  string
	offs []int32 // token i is all[offs[i]:offs[i+1]]
}

func (f *folded) of(i int) string { return f.all[f.offs[i]:f.offs[i+1]] }

// analyzeTokens computes, once per document, what the rules ask of every token again and again:
// its folded form, its suffix readings and their folded stems.
func analyzeTokens(toks []Token, s *scratch, rd *ruleData) {
	f := &s.fold
	f.buf = f.buf[:0]
	f.offs = append(f.offs[:0], 0)
	for _, t := range toks {
		f.buf = normalize.Fold(f.buf, t.Text)
		f.offs = append(f.offs, int32(len(f.buf)))
	}
	f.all = string(f.buf)
	s.spl = s.spl[:0]
	s.splOff = append(s.splOff[:0], 0)
	sf := &s.splFold
	sf.buf = sf.buf[:0]
	sf.offs = append(sf.offs[:0], 0)
	for _, t := range toks {
		if t.Script == Gujarati && t.Kind == Word {
			n := len(s.spl)
			s.spl = appendSplits(s.spl, t.Text)
			for _, sp := range s.spl[n:] {
				sf.buf = normalize.Fold(sf.buf, sp.Stem)
				sf.offs = append(sf.offs, int32(len(sf.buf)))
			}
		}
		s.splOff = append(s.splOff, int32(len(s.spl)))
	}
	sf.all = string(sf.buf)
	// what the word lists say of each token, and of any of its stems
	s.tflag = s.tflag[:0]
	s.sflag = s.sflag[:0]
	for i := range toks {
		f := rd.flags[s.fold.of(i)]
		if toks[i].Abbrev && f&(fTitle|fTitleFirst) != 0 && i > 0 && s.tflag[i-1]&fTitle != 0 &&
			strings.Contains(strings.TrimSuffix(toks[i].Text, "."), ".") {
			// after a title, dotted letters that fold like another title are initials:
			// પોલીસ ઇન્સ્પેક્ટર એમ.ડી. ચૌધરી is M.D. Chaudhary (but પી.આઈ. ઝાલા is the PI)
			f &^= fTitle | fTitleFirst
		}
		s.tflag = append(s.tflag, f)
		var or uint16
		for j := s.splOff[i]; j < s.splOff[i+1]; j++ {
			or |= rd.flags[sf.of(int(j))]
		}
		s.sflag = append(s.sflag, or)
	}
}

// w returns the folded form of token i.
func (s *scratch) w(i int) string { return s.fold.of(i) }

// splits returns the suffix readings of token i (SplitSuffix), most likely first.
func (s *scratch) splits(i int) []Split { return s.spl[s.splOff[i]:s.splOff[i+1]] }

// sf returns the folded stem of the j-th suffix reading of token i.
func (s *scratch) sf(i, j int) string { return s.splFold.of(int(s.splOff[i]) + j) }

// scratch is per-call working memory, reused through a sync.Pool.
type scratch struct {
	key     []byte
	stem    []byte
	fold    folded
	cands   []candidate
	toks    []Token
	sents   []Sentence
	spl     []Split  // suffix readings of all tokens
	splOff  []int32  // token i: spl[splOff[i]:splOff[i+1]]
	splFold folded   // folded stems, parallel to spl
	at      []int32  // placeLists: candidate covering each token
	tflag   []uint16 // word-list flags of each token
	sflag   []uint16 // flags of any of each token's stems, ORed
}

// recognize finds the mentions of one sentence [first, last) and appends them to out.
func (r *Recognizer) recognize(d *Document, s *scratch, first, last int, out []candidate) []candidate {
	start := len(out)
	out = r.lexiconPass(d, s, first, last, out)
	out = r.fuzzyPersons(d, s, first, last, out, start)
	out = r.fuzzyPlaces(d, s, first, last, out, start)
	out = r.rulePass(d, s, first, last, out, start)
	out = r.englishPass(d, s, first, last, out, start)
	unitLast := map[int]bool{}
	for _, c := range out[start:] {
		if c.typ == Organization && r.rules.lastIs(s, c.last, fOrgHeadLast) {
			unitLast[c.last] = true
		}
	}
	out = mergePlaceUnit(d.Tokens, out, start, unitLast)
	out = r.teams(d, s, out, start, last)
	return out
}

// isJoiner reports a hyphen glued between two words (કિમ જોંગ-ઉન), which a name may span.
func isJoiner(toks []Token, j int) bool {
	t := toks[j]
	return t.Kind == Punct && (t.Text == "-" || t.Text == "–") && !t.SpaceBefore &&
		j+1 < len(toks) && !toks[j+1].SpaceBefore && toks[j+1].Kind == Word
}

// lexiconPass finds the longest lexicon match at each token, left to right.
func (r *Recognizer) lexiconPass(d *Document, s *scratch, first, last int, out []candidate) []candidate {
	toks := d.Tokens
	lx := r.lex
	for i := first; i < last; {
		if toks[i].Kind != Word {
			i++
			continue
		}
		best := candidate{last: -1}
		key := s.key[:0]
		words := 0
		for j := i; j < last && words < lx.maxWords; j++ {
			t := toks[j]
			if t.Kind != Word {
				if isJoiner(toks, j) {
					continue
				}
				break
			}
			if words > 0 {
				if len(key) > 0 && key[0] == '^' {
					key = append(key[:0], key[1:]...) // a longer name that starts with an acronym: GIFT City
				}
				key = append(key, ' ')
			} else if t.Script == Latin && isAcronym(t.Text) {
				key = append(key, '^') // acronyms match acronyms only
			}
			base := len(key)
			words++
			key = append(key, s.fold.of(j)...)
			ids, more := lx.lookupPrefix(key)
			if len(key) > 0 && key[0] == '^' && !more {
				_, more = lx.lookupPrefix(key[1:]) // (longer names are indexed without the mark)
			}
			if len(ids) > 0 {
				c := candidate{first: i, last: j, entry: ids[0], typ: lx.Entries[ids[0]].Type, source: "lexicon"}
				// A Latin name with a Gujarati suffix glued on: Kirbyની.
				if t.Script == Latin && j+1 < last && !toks[j+1].SpaceBefore && toks[j+1].Script == Gujarati {
					if cas, ok := suffixWord(toks[j+1].Text); ok {
						c.suffix, c.cas, c.suffixTok = toks[j+1].Text, cas, true
					}
				}
				best = c
			} else if t.Script == Latin {
				// an English possessive: Trump's, Kirby’s is the name + 's
				for _, ps := range [...]string{"'s", "’s"} {
					if strings.HasSuffix(t.Text, ps) && len(key) > 2 && string(key[len(key)-2:]) == "'s" {
						if pids := lx.lookupFolded(key[:len(key)-2]); len(pids) > 0 && j > best.last {
							best = candidate{first: i, last: j, sufLen: len(ps), suffix: ps, cas: Genitive,
								entry: pids[0], typ: lx.Entries[pids[0]].Type, source: "lexicon"}
						}
						break
					}
				}
			}
			if t.Script == Gujarati {
				for si, sp := range s.splits(j) {
					stemKey := append(append(s.stem[:0], key[:base]...), s.sf(j, si)...)
					if strings.HasPrefix(sp.Suffix, "ો") && !r.rules.titles[s.sf(j, si)] && !r.rules.isCommon(s.sf(j, si)) {
						// A team under an English plural name takes the Gujarati plural instead:
						// રેન્જરોને is Rangers + ને, written on the singular stem (but સેનેટરો are
						// senators, not the Ottawa Senators).
						stemKey = append(stemKey, "સ"...)
						s.stem = stemKey
						if ids := lx.lookupFolded(stemKey); len(ids) > 0 && j > best.last && lx.Entries[ids[0]].Type == Organization {
							best = candidate{first: i, last: j, sufLen: len(sp.Suffix), suffix: sp.Suffix, cas: sp.Case,
								entry: ids[0], typ: Organization, source: "lexicon"}
							break
						}
						stemKey = stemKey[:len(stemKey)-len("સ")]
					}
					if sp.Case == Plural {
						continue // names are not pluralized: પૂરનો is પૂર + નો, not the cricketer પૂરન + ો
					}
					s.stem = stemKey
					if ids := lx.lookupFolded(stemKey); len(ids) > 0 && j > best.last {
						e := lx.inside(ids, sp.Suffix)
						best = candidate{first: i, last: j, sufLen: len(sp.Suffix), suffix: sp.Suffix, cas: sp.Case,
							entry: e, typ: lx.Entries[e].Type, source: "lexicon"}
						break
					}
				}
			}
			if !more {
				break // no longer name starts with these words
			}
		}
		s.key = key
		if best.last < 0 {
			i++
			continue
		}
		if toks[best.first].Script == Latin && !latinNameCase(toks, best.first, best.last) {
			i++ // English names are capitalized: "time" is not Time magazine, "The government" no name
			continue
		}
		if best.first == best.last && (r.needsContext(d, s, best) || r.isDemonym(s, best)) {
			i++
			continue
		}
		// An acronym that is a title + the ergative એ is the title: પીઆઇએ કહ્યું is the PI
		// speaking, not PIA.
		if w := s.w(best.first); best.first == best.last && best.sufLen == 0 && toks[best.first].Script == Gujarati &&
			strings.HasSuffix(w, "એ") && r.rules.titles[strings.TrimSuffix(w, "એ")] {
			i++
			continue
		}
		// A generic place word that closes a lexicon name stays outside it: [[મેક્સિકો]] શહેર,
		// [[નર્મદા]] નદી (the annotation convention), unless the name is nothing without it.
		if best.last > best.first && !best.suffixTok && (best.sufLen == 0 && adminPlaceWords[s.w(best.last)] ||
			best.sufLen > 0 && stemFold(s, best.last, adminPlaceWords) != "") {
			best.last--
			best.sufLen, best.suffix, best.cas = 0, "", NoCase
			for best.last > best.first && toks[best.last].Kind != Word {
				best.last--
			}
		}
		// An office or a plain honorific that opens a lexicon form stays outside the name (the
		// annotation convention): વડાપ્રધાન [[મોદી]]એ, ડૉ. [[મનમોહન સિંહ]]ે.
		if best.typ == Person && best.last > best.first {
			if n := r.rules.titleLen(s, toks, best.first); n > 0 && best.first+n <= best.last && r.rules.outsideTitles[string(s.stem)] {
				best.first += n
				for best.first < best.last && toks[best.first].Kind != Word {
					best.first++
				}
			}
		}
		out = append(out, best)
		i = best.last + 1
		if best.suffixTok {
			i++
		}
	}
	return out
}

// isDemonym reports a one-word match that is a nationality adjective (અમેરિકન, ભારતીય): not an
// entity by itself.
func (r *Recognizer) isDemonym(s *scratch, c candidate) bool {
	_, ok := r.rules.nationalities[s.w(c.first)]
	return ok && c.sufLen == 0
}

// needsContext reports a one-word lexicon match whose form is also an ordinary word (સાગર,
// વિજય), and that has no title before it to vouch for a name.
func (r *Recognizer) needsContext(d *Document, s *scratch, c candidate) bool {
	w := s.w(c.first)
	if r.rules.common[w] && !(c.sufLen > 0 && c.entry >= 0 && majorPlace[r.lex.Entries[c.entry].Kind]) {
		return true // the whole word is an ordinary word (પાસે), whatever its stem says
	}
	if c.sufLen > 0 {
		for si, sp := range s.splits(c.first) {
			if len(sp.Suffix) == c.sufLen {
				w = s.sf(c.first, si)
				break
			}
		}
	}
	if !r.rules.ambiguous[w] && !r.rules.common[w] {
		return false
	}
	return !(c.first > 0 && r.rules.isTitle(s, c.first-1))
}

// rulePass applies the context rules to the tokens the lexicon left, and folds lexicon
// mentions into larger organization names (ગુજરાત + હાઇકોર્ટ).
func (r *Recognizer) rulePass(d *Document, s *scratch, first, last int, out []candidate, start int) []candidate {
	toks := d.Tokens
	covered := func(j int) int {
		for k := start; k < len(out); k++ {
			if out[k].first <= j && j <= out[k].last {
				return k
			}
		}
		return -1
	}
	// Organization heads: walk left over modifiers, names and nationality adjectives.
	for h := first; h < last; h++ {
		if toks[h].Kind != Word {
			continue
		}
		hw, suf, cas, needs, ok := r.rules.orgHeadAt(s, toks, h)
		if !ok || toks[h].Script == Latin && !isCapitalized(toks[h].Text) || pluralSuffix(suf) {
			continue // an English head in lower case is a common noun ("the government"), and so is a plural head (ફિનટેક કંપનીઓ)
		}
		if k := covered(h); k >= 0 && out[k].typ == Organization {
			continue
		}
		if h+1 < last && r.rules.lastIs(s, h+1, fFacilityLast) {
			if n, _, _, ok := headAt(r.rules.facility, r.rules.facilityWords, s, toks, h+1); ok && n > 1 {
				continue // the head opens a facility's head: નવરંગપુરા [પોલીસ સ્ટેશન]
			}
		}
		lo := h
		specific, modifiers, placed := false, 0, false
		for k := h - hw; k >= first; k-- {
			t := toks[k]
			if t.Kind != Word {
				if isJoiner(toks, k) {
					continue
				}
				break
			}
			if k <= h-hw && (bodyKinds[s.w(k)] || stemFold(s, k, bodyKinds) != "") {
				break // the kind before a named body describes it: કોન્ટ્રાક્ટર કંપની [[શ્રીનાથ ઇન્ફ્રા લિમિટેડ]]
			}
			if k+2 <= h-hw && isJoiner(toks, k+1) && lo == k+2 && t.Script == toks[k+2].Script && covered(k) < 0 {
				lo = k // the first half of a hyphenated word already taken (સી-લિંક)
				continue
			}
			if m := covered(k); m >= 0 {
				c := out[m]
				if c.sufLen > 0 || c.suffixTok || c.last != k {
					break
				}
				specific = true
				lo = c.first
				k = c.first
				placed = placed || c.typ == Location
				continue
			}
			fw := s.w(k)
			// A place and its unit word name the body's area: [[સાબરકાંઠા જિલ્લા સહકારી બેંક]].
			if adminPlaceWords[fw] && len(s.splits(k)) == 0 && k > first {
				if m := covered(k - 1); m >= 0 && out[m].typ == Location && out[m].sufLen == 0 && !out[m].suffixTok && out[m].last == k-1 {
					specific = true
					lo = out[m].first
					k = out[m].first
					continue
				}
			}
			if nationalOpeners[fw] && k < h-hw {
				lo, specific = k, true
				if k > first && toks[k-1].Kind == Word && nationalOpeners[s.w(k-1)] {
					lo = k - 1 // અખિલ ભારતીય
				}
				break // the opener starts the name: અદ્યતન [[રાષ્ટ્રીય હરિકેન સેન્ટર]]
			}
			if r.rules.orgModifiers[fw] {
				modifiers++
				lo = k
				continue
			}
			if _, ok := r.rules.nationalities[fw]; ok || t.Script == Gujarati && len(s.splits(k)) == 0 &&
				s.tflag[k]&fNotName == 0 && englishDemonym(fw) {
				specific = true
				lo = k
				continue
			}
			if t.Script == Latin && isCapitalized(t.Text) && !latinFunction[strings.ToLower(t.Text)] {
				specific = true
				lo = k
				continue
			}
			// An unknown word that is not an ordinary one is most likely part of the name
			// (નેશનલ કેન્સર ઇન્સ્ટિટ્યુટ, a transliterated English name); a ministry's subject
			// is whatever bare noun stands before it (એકીકરણ મંત્રાલય).
			if t.Script == Gujarati && len(s.splits(k)) == 0 && englishCommonNoun(fw) && loanHeads[r.rules.orgHeadEn[headStem(s, h, r.rules.orgHeadSet)]] {
				lo = k // a transliterated English common noun names the kind of body, not which one: સ્ટેન્ડિંગ કમિટી
				continue
			}
			if t.Script == Gujarati && len(s.splits(k)) == 0 && r.rules.nameLike(fw) && !r.rules.infinitive(fw) && !placed &&
				(s.tflag[k]&fNotName == 0 && loanHeads[r.rules.orgHeadEn[headStem(s, h, r.rules.orgHeadSet)]] ||
					k == h-hw && r.rules.orgHeadEn[headStem(s, h, r.rules.orgHeadSet)] == "ministry") {
				if s.tflag[k]&fNotName == 0 {
					specific = true
				} else {
					modifiers++
				}
				lo = k
				if k < h-hw-2 {
					break // at most three such words
				}
				continue
			}
			// A company word in the English plural makes any word before it a brand, even an
			// ordinary one: [[સ્વસ્તિક સિક્યુરિટીઝ]], [[સન ફાર્માસ્યુટિકલ્સ]].
			if k == h-hw && t.Script == Gujarati && len(s.splits(k)) == 0 && s.tflag[k]&fNotName == fCommon &&
				r.rules.nameLike(fw) && brandHeads[r.rules.orgHeadEn[headStem(s, h, r.rules.orgHeadSet)]] {
				specific, lo = true, k
				continue
			}
			// An ordinary (English) word inside an English name counts when a name word comes
			// before it: [[હોકુરીકુ ઇલેક્ટ્રિક પાવર કંપની]]; lo moves only with that word, so
			// an adjective before the name stays out.
			if t.Script == Gujarati && len(s.splits(k)) == 0 && s.tflag[k]&fNotName == fCommon && k > first && k >= h-hw-2 &&
				loanHeads[r.rules.orgHeadEn[headStem(s, h, r.rules.orgHeadSet)]] && !nativeHeads[headStem(s, h, r.rules.orgHeadSet)] && toks[k-1].Kind == Word &&
				toks[k-1].Script == Gujarati && covered(k-1) < 0 && len(s.splits(k-1)) == 0 && s.tflag[k-1]&fNotName == 0 &&
				r.rules.nameLike(s.w(k-1)) {
				continue
			}
			break
		}
		// National bodies name their field with ordinary nouns between the opener and the
		// head: રાષ્ટ્રીય [આપદા નિવારણ] કેન્દ્ર, કેન્દ્રીય [માહિતી] આયોગ.
		for n := 1; n <= 3 && lo-n-1 >= first; n++ {
			k := lo - n
			if toks[k].Kind != Word || toks[k].Script != Gujarati || len(s.splits(k)) > 0 || covered(k) >= 0 ||
				s.tflag[k]&(fNotName&^fCommon) != 0 || !r.rules.nameLike(s.w(k)) {
				break
			}
			if nationalOpeners[s.w(k-1)] {
				lo, specific = k-1, true
				break
			}
			// a place and its members' trade name an association: [[સુરત રત્નકલાકાર સંઘ]]
			// (or a place and its unit word: [[ગુજરાત રાજ્ય પ્રાથમિક શિક્ષક સંઘ]])
			if !associationHeads[r.rules.orgHeadEn[headStem(s, h, r.rules.orgHeadSet)]] {
				continue
			}
			p := k - 1
			if adminPlaceWords[s.w(p)] && p > first {
				p--
			}
			if m := covered(p); m >= 0 && out[m].typ == Location && out[m].last == p && out[m].sufLen == 0 && !out[m].suffixTok {
				lo, specific = out[m].first, true
				break
			}
		}
		if lo == h-hw+1 || !(specific || needs == "any" && modifiers > 0) {
			continue
		}
		name := r.orgName(s, toks, out[start:], lo, h-hw+1, h)
		rule := "org-head"
		if !specific {
			rule = "org-kind" // only subject words: આરોગ્ય મંત્રાલય, or the kind of a body named next
		}
		out = replaceInner(out, start, candidate{first: lo, last: h, sufLen: len(suf), suffix: suf, cas: cas,
			typ: Organization, entry: -1, source: "rule", rule: rule, name: name})
	}
	out = r.ofExtension(d, s, first, last, out, start)
	out = r.facilities(d, s, first, last, out, start)
	// Titles before unknown names: વડાપ્રધાન X, શ્રી X Y, Mr X.
	for i := first; i < last; i++ {
		if i > first && s.tflag[i-1]&fEvent != 0 || i > 0 && !toks[i].SpaceBefore && toks[i-1].Kind == Number {
			continue // (25મા is an ordinal, not the title મા)
		}
		n := r.rules.titleLen(s, toks, i)
		if n == 0 {
			continue
		}
		j := i + n
		if j >= last {
			continue
		}
		if k := covered(j); k >= 0 {
			// A given name the lexicon took for a known person (બોરિસ), followed by an unknown
			// surname: વિદેશ મંત્રી બોરિસ કોલાવસ્કી is someone else.
			if c := out[k]; c.first == j && c.last == j && c.typ == Person && c.sufLen == 0 && !c.suffixTok &&
				j+1 < last && toks[j+1].Kind == Word && toks[j+1].Script == toks[j].Script && covered(j+1) < 0 &&
				r.rules.isGivenName(s.w(j)) {
				if nc, ok := r.nameAfter(d, s, j+1, last, covered); ok {
					nc.first, nc.rule = j, "title"
					out[k] = nc
				}
			}
			// A place or body after an honorific is a person who bears its name: મિસ્ટર
			// કોર્બીન (not the town of Corby), શ્રી આણંદ.
			if c := &out[k]; c.first == j && c.last == j && c.typ != Person && r.rules.honorifics[s.w(i)] && n == 1 {
				c.typ, c.entry, c.source, c.rule = Person, -1, "rule", "title"
			}
			continue
		}
		if c, ok := r.nameAfter(d, s, j, last, covered); ok {
			c.rule = "title"
			out = append(out, c)
		}
	}
	// Gujarati names by their shape: an honorific fused to the name (રમેશભાઈ, હિનાબેન), or a
	// given name followed by a known surname.
	for i := first; i < last; i++ {
		if toks[i].Kind != Word || toks[i].Script != Gujarati || covered(i) >= 0 || i > first && s.tflag[i-1]&fEvent != 0 {
			continue
		}
		if c, ok := r.shapeName(d, s, i, last, covered); ok {
			out = append(out, c)
			i = c.last
		}
	}
	// The subject of a reporting verb: an unknown name with an ergative suffix right before
	// કહ્યું, જણાવ્યું, દાવો કર્યો... (કીથ રોથફસે કહ્યું).
	// A day or the press may stand between: X એ શનિવારે કહ્યું, X એ પત્રકારોને જણાવ્યું.
	for i := first; i+1 < last; i++ {
		if toks[i].Kind != Word || toks[i].Script != Gujarati || !ergativeEnding(toks[i].Text) || covered(i) >= 0 {
			continue
		}
		v := i + 1
		for v < last && v <= i+2 && toks[v].Kind == Word && betweenSubjectVerb[s.w(v)] {
			v++
		}
		if v >= last || s.tflag[v]&fReportVerb == 0 {
			continue
		}
		if c, ok := r.subjectName(d, s, i, first, covered); ok {
			out = append(out, c)
		}
	}
	// Places by a generic place word after them (X શહેર, X જિલ્લા) or a place-name ending.
	for i := first; i < last; i++ {
		if toks[i].Kind != Word || toks[i].Script != Gujarati || covered(i) >= 0 {
			continue
		}
		if c, ok := r.placeAt(d, s, i, last); ok {
			out = append(out, c)
		}
	}
	out = r.acronymOrgs(d, s, first, last, out, covered)
	out = sortCands(out, start)
	// A body named by its kind only, right before a named one, is a description of it, not a
	// second body: વિદ્યાર્થી સંગઠન [[NSUI]], સંસદીય સમિતિ [[PAC]], કોન્ટ્રાક્ટર કંપની [[...
	// લિમિટેડ]].
	kept := out[:start]
	for k, c := range out[start:] {
		if (c.rule == "org-kind" || c.entry < 0 && c.typ == Organization && bodyKinds[s.w(c.last)]) && c.sufLen == 0 && !c.suffixTok && start+k+1 < len(out) {
			if n := out[start+k+1]; n.typ == Organization && n.first == c.last+1 {
				continue
			}
		}
		kept = append(kept, c)
	}
	return kept
}

// englishCommonEndings are the folded endings of English gerunds and abstract nouns written in
// Gujarati (-ing, -tion, -sion, -sions): નર્સિંગ, ઇવાક્યુશન, સેશન્સ.
var englishCommonEndings = foldedEndings("િંગ શન શન્સ ઝન")

// englishCommonNoun reports a folded word shaped like a transliterated English common noun.
func englishCommonNoun(w string) bool {
	return endingOf(w, englishCommonEndings) != "" && utf8.RuneCountInString(w) > 4
}

// englishOf are the English prepositions that Gujarati keeps inside the names of bodies
// (સેન્ટર ફોર ન્યૂ અમેરિકન સિક્યોરિટી, નોબેલ કમિટી ફોર લિટરેચર, યુનિવર્સિટી ઓફ ઓક્સફર્ડ).
var englishOf = foldedSet("ઓફ ઑફ ફોર")

// ofExtension extends an English-style body over "of/for" and the one to three words of its
// field or place: an organization found by its English head (or the head alone, સેન્ટર) followed
// by ઓફ/ફોર and words that are places or unknown name-like words. The last word may carry the
// case suffix; any other suffix or an ordinary word ends the attempt.
func (r *Recognizer) ofExtension(d *Document, s *scratch, first, last int, out []candidate, start int) []candidate {
	toks := d.Tokens
	for p := first; p+1 < last; p++ {
		if toks[p].Kind != Word || s.tflag[p]&fEnglishOf == 0 || p == first {
			continue
		}
		h := p - 1
		m := coveredBy(out, start, h)
		lo := h
		if m >= 0 {
			c := out[m]
			if c.typ != Organization || c.last != h || c.sufLen > 0 || c.suffixTok {
				continue
			}
			lo = c.first
		}
		if toks[h].Kind != Word || !loanHeads[r.rules.orgHeadEn[s.w(h)]] {
			continue
		}
		end, sufLen, suf, cas := -1, 0, "", NoCase
		for k := p + 1; k < last && k <= p+3; k++ {
			t := toks[k]
			if _, ok := r.rules.nationalities[s.w(k)]; ok && t.Kind == Word {
				continue // (ન્યૂ અમેરિકન સિક્યોરિટી)
			}
			if t.Kind != Word || t.Script != Gujarati || r.rules.isCommon(s.w(k)) || s.tflag[k]&fEnglishOf != 0 {
				break
			}
			if c := coveredBy(out, start, k); c >= 0 {
				if out[c].typ != Location || out[c].first != k {
					break
				}
				end, sufLen, suf, cas = out[c].last, out[c].sufLen, out[c].suffix, out[c].cas
				if sufLen > 0 || out[c].suffixTok {
					break
				}
				k = out[c].last
				continue
			}
			if sp, ok := r.nameSuffix(d, s, k, last); ok {
				end, sufLen, suf, cas = k, len(sp.Suffix), sp.Suffix, sp.Case
				break
			}
			if !r.rules.nameLike(s.w(k)) || r.hasClearSuffix(s, k) {
				break
			}
			end = k
		}
		if end < 0 {
			continue
		}
		c := candidate{first: lo, last: end, sufLen: sufLen, suffix: suf, cas: cas, typ: Organization, entry: -1,
			source: "rule", rule: "org-of"}
		if m >= 0 {
			c.name = out[m].name
		}
		out = replaceInner(out, start, c)
		out = sortCands(out, start)
		p = end
	}
	return out
}

// allCaps reports a Latin word written in capitals only (two or more).
func allCaps(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return len(w) >= 2
}

// acronymOrgs reads an unknown all-capital Latin word (LSU, NRCC, KTUU) as an organization's
// acronym: in Gujarati news such words are nearly always organizations, and the ones that are not
// (GDP, FIR, CEO) are listed in rules/common-acronyms.tsv. A run of capitals (a headline, NSE IX)
// is left alone, as is a word with dots (U.S.), which is more often a place or a person's initials.
func (r *Recognizer) acronymOrgs(d *Document, s *scratch, first, last int, out []candidate, covered func(int) int) []candidate {
	toks := d.Tokens
	capsWord := func(j int) bool {
		return j >= first && j < last && toks[j].Kind == Word && toks[j].Script == Latin && allCaps(toks[j].Text)
	}
	for i := first; i < last; i++ {
		t := toks[i]
		if !capsWord(i) || len(t.Text) < 3 || len(t.Text) > 6 || covered(i) >= 0 ||
			r.rules.commonAcronyms[s.w(i)] || latinFunction[s.w(i)] || capsWord(i-1) || capsWord(i+1) ||
			i > 0 && !t.SpaceBefore && strings.Contains(".#@/_", toks[i-1].Text) { // LiverpoolFC.COM
			continue
		}
		c := candidate{first: i, last: i, typ: Organization, entry: -1, source: "rule", rule: "acronym", name: t.Text}
		if i+1 < len(toks) && !toks[i+1].SpaceBefore && toks[i+1].Kind != Punct {
			// Glued to something: only a Gujarati case ending keeps it a name (LSUના, not HER2).
			cas, ok := suffixWord(toks[i+1].Text)
			if !ok || toks[i+1].Script != Gujarati {
				continue
			}
			c.suffix, c.cas, c.suffixTok = toks[i+1].Text, cas, true
		}
		out = append(out, c)
	}
	return out
}

// demonymEndings are the folded endings of English adjectives of place as Gujarati writes them
// (તાસ્માનિયન, સ્કોટિશ): before an organization's head they name whose body it is.
var demonymEndings = foldedEndings("િયન ઇયન િશ")

func englishDemonym(w string) bool {
	return endingOf(w, demonymEndings) != "" && letters(w) >= 4
}

// majorPlace are the kinds of places whose names are never ordinary words, even where the
// corpus-derived common-word list holds an inflected form of one (યુરોપે).
var majorPlace = map[string]bool{"country": true, "continent": true, "state": true}

// nationalOpeners are the adjectives that open the names of national and international bodies.
var nationalOpeners = foldedSet("રાષ્ટ્રીય આંતરરાષ્ટ્રીય કેન્દ્રીય ભારતીય અખિલ")

// adminPlaceWords are the generic words that the annotation convention keeps outside a place
// name even when the lexicon lists the name with them: [[મેક્સિકો]] શહેર, [[નર્મદા]] નદી; natural
// features keep theirs (અરબી સમુદ્ર, બંગાળની ખાડી), islands excepted ([[ગાલાપાગોસ]] ટાપુઓ).
var adminPlaceWords = foldedSet("શહેર મહાનગર જિલ્લો જિલ્લા તાલુકો તાલુકા ગામ રાજ્ય પ્રાંત કાઉન્ટી નદી ટાપુ ટાપુઓ")

// latinNotNames are capitalized English words that are never a person's name: days and months.
var latinNotNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true}

// latinFunction are English words that are capitalized at the start of a sentence but name
// nothing.
var latinFunction = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "our": true,
	"their": true, "his": true, "her": true, "its": true, "and": true, "of": true}

// teams finds club names made of a place and an English plural (ડેનવર નગેટ્સ, કોલોરાડો રોકિઝ,
// લોસ એન્જલસ ડોજર્સ): a place from the lexicon without a case suffix, followed by an unknown word
// that ends like an English plural.
func (r *Recognizer) teams(d *Document, s *scratch, out []candidate, start, last int) []candidate {
	toks := d.Tokens
	for k := start; k < len(out); k++ {
		c := out[k]
		j := c.last + 1
		if c.typ != Location || c.entry < 0 || c.sufLen > 0 || c.suffixTok || j >= last {
			continue
		}
		if m := coveredBy(out, start, j); m >= 0 {
			// A team the lexicon knows by its nickname, after its city in another spelling:
			// [[લોસ એંજેલિસ લેકર્સ]] is Los Angeles + the Lakers' લેકર્સ.
			if o := out[m]; o.first == j && o.typ == Organization && o.entry >= 0 && r.cityTeam(c.entry, o.entry) {
				out[k] = candidate{first: c.first, last: o.last, sufLen: o.sufLen, suffix: o.suffix, cas: o.cas,
					suffixTok: o.suffixTok, typ: Organization, entry: o.entry, source: "lexicon"}
				out = append(out[:m], out[m+1:]...)
				if m < k {
					k--
				}
			}
			continue
		}
		t := toks[j]
		if t.Kind != Word || t.Script != Gujarati || s.tflag[j]&fNotName != 0 || !t.SpaceBefore {
			continue
		}
		stem, sufLen, suf, cas := s.w(j), 0, "", NoCase
		if sps := s.splits(j); len(sps) > 0 && sps[0].Suffix != "ે" {
			stem, sufLen, suf, cas = s.sf(j, 0), len(sps[0].Suffix), sps[0].Suffix, sps[0].Case
		}
		if !englishPlural(stem) || r.rules.flags[stem]&fNotName != 0 {
			continue
		}
		out[k] = candidate{first: c.first, last: j, sufLen: sufLen, suffix: suf, cas: cas, typ: Organization,
			entry: -1, source: "rule", rule: "team"}
	}
	return out
}

// cityTeam reports a team whose English name starts with the English name of the place:
// Los Angeles Lakers and Los Angeles.
func (r *Recognizer) cityTeam(place, team int32) bool {
	p, t := &r.lex.Entries[place], &r.lex.Entries[team]
	if t.Kind != "team" && t.Kind != "club" {
		return false
	}
	city, _, _ := strings.Cut(p.Name, ",")
	return strings.HasPrefix(t.Name, city+" ")
}

// englishPlural reports a folded Gujarati word that ends like a transliterated English plural
// (-ર્સ, -ટ્સ, -ઝ, -ીઝ): Lakers, Nuggets, Rockies.
func englishPlural(w string) bool {
	return endingOf(w, pluralEndings) != "" && letters(w) >= 3
}

var pluralEndings = foldedEndings("ર્સ ટ્સ ડ્સ ન્સ લ્સ ક્સ ઝ સ")

// brandHeads are the company words in the English plural, which follow brands only.
var brandHeads = map[string]bool{"securities": true, "logistics": true, "solutions": true, "holdings": true,
	"ventures": true, "technologies": true, "enterprises": true, "motors": true, "pharmaceuticals": true, "industries": true}

// nativeHeads are the Gujarati words among the heads whose gloss is in loanHeads: the words before
// them are Gujarati, where an ordinary word is an adjective, not part of an English name.
var nativeHeads = foldedSet("પરિષદ સમિતિ સત્તામંડળ મહાસંઘ વિશ્વવિદ્યાલય મહાવિદ્યાલય સંસ્થાન કેન્દ્ર")

// bodyKinds are the words that describe a body before its name (કોન્ટ્રાક્ટર કંપની શ્રીનાથ
// ઇન્ફ્રાપ્રોજેક્ટ્સ લિમિટેડ, થિંક ટેન્ક સેન્ટર ફોર ...): a walk over the name stops at them.
var bodyKinds = foldedSet("કંપની પેઢી ફર્મ ટેન્ક એજન્સી સંસ્થા")

// associationHeads are the heads of trade and member bodies, which a place and a trade noun
// name (સુરત રત્નકલાકાર સંઘ, અમદાવાદ રિક્ષાચાલક એસોસિએશન).
var associationHeads = map[string]bool{"union / sangh": true, "federation": true, "association": true, "union": true}

// loanHeads are organization heads of English names written in Gujarati, whose other words are
// transliterations the word lists cannot know (નેશનલ કેન્સર ઇન્સ્ટિટ્યુટ).
var loanHeads = map[string]bool{"institute": true, "university": true, "company": true, "corporation": true,
	"association": true, "foundation": true, "council": true, "authority": true, "committee": true, "club": true,
	"bank": true, "hospital": true, "group": true, "limited": true, "industries": true, "federation": true,
	"agency": true, "centre": true, "trust": true, "college": true, "securities": true, "logistics": true,
	"solutions": true, "holdings": true, "ventures": true, "technologies": true, "enterprises": true, "motors": true,
	"pharmaceuticals": true}

// headStem returns the folded form of token h, or of its stem, that is in set.
func headStem(s *scratch, h int, set map[string]bool) string {
	if w := s.w(h); set[w] {
		return w
	}
	return stemFold(s, h, set)
}

// mergePlaceUnit joins a place and the organization that follows it directly into one
// organization when the organization is an acronym or a unit ending in an organization head, so
// that the place names the unit: ગુજરાત ATS, અમદાવાદ સાયબર ક્રાઇમ બ્રાન્ચ. NHS Scotland is
// written the other way round and is left alone.
func mergePlaceUnit(toks []Token, out []candidate, start int, unitLast map[int]bool) []candidate {
	for k := start; k+1 < len(out); k++ {
		a, b := out[k], out[k+1]
		if a.typ != Location || b.typ != Organization || a.sufLen > 0 || a.suffixTok || b.first != a.last+1 || !toks[b.first].SpaceBefore {
			continue
		}
		acronym := b.first == b.last && toks[b.first].Script == Latin && isAcronym(toks[b.first].Text)
		if !acronym && !unitLast[b.last] {
			continue
		}
		out[k] = candidate{first: a.first, last: b.last, sufLen: b.sufLen, suffix: b.suffix, cas: b.cas, suffixTok: b.suffixTok,
			typ: Organization, entry: -1, source: "rule", rule: "place-unit"}
		out = append(out[:k+1], out[k+2:]...)
	}
	return out
}

// orgName composes an English name for an organization found by its head: the English names of
// the names in it (a person by surname: Biden administration), the glosses of its modifiers and
// of its head (ગુપ્તચર વિભાગ: intelligence department).
func (r *Recognizer) orgName(s *scratch, toks []Token, inner []candidate, lo, headStart, h int) string {
	parts := r.nameParts(s, toks, inner, lo, headStart, true, func(w string) string {
		if c := r.rules.nationalities[w]; c != "" {
			return c
		}
		return r.rules.orgModifierEn[w]
	})
	var head []string
	if h > headStart {
		// a head of several words has a gloss of its own: જિલ્લા પંચાયત = district panchayat
		if _, _, _, _, ok := r.rules.orgHeadAt(s, toks, h); ok {
			if en := r.rules.orgHeadEn[string(s.stem)]; en != "" {
				head = append(head, en)
			}
		}
	}
	for k := headStart; k <= h && len(head) == 0; k++ {
		if en := r.rules.orgHeadEn[headStem(s, k, r.rules.orgHeadSet)]; en != "" {
			head = append(head, en)
		}
	}
	if len(head) == 0 {
		return ""
	}
	return strings.Join(append(parts, head...), " ") // (as the seed's reading has it: Biden administration)
}

// nameParts renders the words [lo, headStart) of a composed name in English: a name the
// lexicon knows by its English name (a person by surname when surname is set), a word gloss
// knows by its gloss, a Latin word as written, and anything else romanized.
func (r *Recognizer) nameParts(s *scratch, toks []Token, inner []candidate, lo, headStart int, surname bool, gloss func(string) string) []string {
	var parts []string
	for k := lo; k < headStart; k++ {
		if toks[k].Kind != Word {
			continue
		}
		if m := coveredBy(inner, 0, k); m >= 0 && inner[m].entry >= 0 {
			e := r.lex.Entries[inner[m].entry]
			name := e.Name
			if surname && e.Type == Person {
				ws := strings.Fields(name)
				name = ws[len(ws)-1]
			}
			parts = append(parts, name)
			k = inner[m].last
			continue
		}
		switch {
		case gloss != nil && gloss(s.w(k)) != "":
			parts = append(parts, gloss(s.w(k)))
		case toks[k].Script == Latin:
			parts = append(parts, toks[k].Text)
		default:
			parts = append(parts, romanName(toks[k].Text))
		}
	}
	return parts
}

// replaceInner puts c in place of the candidates of out[start:] that lie inside it: spans are
// flat, the outermost name only.
func replaceInner(out []candidate, start int, c candidate) []candidate {
	kept := out[:start]
	for _, o := range out[start:] {
		if o.last < c.first || o.first > c.last {
			kept = append(kept, o)
		}
	}
	return append(kept, c)
}

func sortCands(out []candidate, start int) []candidate {
	c := out[start:]
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j].first < c[j-1].first; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
	return out
}

// nameAfter reads a person's name starting at token j: up to three name-like words; a word with
// a case suffix ends it.
func (r *Recognizer) nameAfter(d *Document, s *scratch, j, last int, covered func(int) int) (candidate, bool) {
	toks := d.Tokens
	c := candidate{first: j, last: -1, typ: Person, entry: -1, source: "rule"}
	script := toks[j].Script
	for k, end := j, j+3; k < last && k < end; k++ {
		t := toks[k]
		if k > j && t.Kind == Punct && t.Text == "-" && !t.SpaceBefore && arabicArticles[s.w(k-1)] && k+1 < last &&
			toks[k+1].Kind == Word && toks[k+1].Script == script {
			end++ // the article's hyphen, even with a space after it: વાલિદ અલ- મોઅલેમ
			continue
		}
		if t.Kind != Word || t.Script != script || covered(k) >= 0 {
			break
		}
		w := s.w(k)
		if script == Gujarati && !t.Abbrev && utf8.RuneCountInString(t.Text) <= 2 && r.rules.common[w] {
			break // a short frequent word is no name after a title: પુત્ર જે (the relative pronoun, not Jay)
		}
		if t.Abbrev && letterNames[strings.TrimSuffix(t.Text, ".")] {
			c.last = k // an initial: આર. બી. ગોહિલ
			j++
			continue
		}
		if script == Gujarati && r.rules.knownNamePart(w) {
			c.last = k
			if r.rules.surnames[w] != "" && k > j {
				break
			}
			continue
		}
		// A given name that is also a word (રોડ road, વિકાસ development) opens the name when an
		// unknown name follows it: એટર્ની જનરલ રોડ રોસેનસ્ટેઇન, પોલીસ અધિક્ષક વિકાસ સુંડા.
		if script == Gujarati && k == j && r.rules.isGivenName(w) && k+1 < last && toks[k+1].Kind == Word &&
			toks[k+1].Script == Gujarati && covered(k+1) < 0 && !r.rules.isCommon(s.w(k+1)) && r.rules.nameLike(s.w(k+1)) &&
			r.rules.foreignGiven[s.w(k+1)] == "" {
			c.last = k
			continue
		}
		if r.rules.isCommon(w) {
			break
		}
		if script == Latin {
			if lw := strings.ToLower(t.Text); !isCapitalized(t.Text) || latinFunction[lw] || latinNotNames[lw] || r.rules.titles[s.w(k)] {
				if k == j && r.rules.titles[s.w(k)] {
					j++ // a second title: Col The Reverend Bernard Vann
					continue
				}
				break // (late Monday, Col The Reverend)
			}
			c.last = k
			continue
		}
		// A given name that ends like a case suffix (શાલિની, મોહિની) before a known surname is
		// whole: કમિશનર શાલિની અગ્રવાલે.
		if k+1 < last && toks[k+1].Kind == Word && toks[k+1].SpaceBefore && s.tflag[k]&fNotName == 0 && r.rules.nameLike(w) {
			if _, _, _, ok := r.surnameAt(s, toks, k+1); ok && covered(k+1) < 0 {
				c.last = k
				continue
			}
		}
		if sp, ok := r.nameSuffix(d, s, k, last); ok {
			c.last, c.sufLen, c.suffix, c.cas = k, len(sp.Suffix), sp.Suffix, sp.Case
			break
		}
		if r.hasClearSuffix(s, k) || s.sflag[k]&fNotName != 0 {
			break // a case ending on a word that is not a name, or an inflected ordinary word (ઓક્ટોબરે)
		}
		if r.rules.nameLike(w) {
			c.last = k
			continue
		}
		break
	}
	if c.last < 0 {
		return c, false
	}
	return c, true
}

// subjectName reads an unknown person's name ending at token i with an ergative suffix: the
// word's stem must be name-like and not an ordinary word, a title or a descriptor; up to two
// name-like words before it join the name.
func (r *Recognizer) subjectName(d *Document, s *scratch, i, first int, covered func(int) int) (candidate, bool) {
	toks := d.Tokens
	if s.tflag[i]&fNotName != 0 || !r.rules.nameLike(s.w(i)) || agentNounErgative(toks[i].Text) {
		return candidate{}, false // (દઈને કહ્યું: a converb, not દઈન + ે)
	}
	var erg Split
	found := false
	for si, sp := range s.splits(i) {
		sw := s.sf(i, si)
		if r.rules.isCommon(sw) || r.rules.descriptors[sw] {
			return candidate{}, false
		}
		if sp.Case == Ergative && !pluralSuffix(sp.Suffix) && r.rules.nameLike(sw) && !(sp.Suffix == "એ" && endsInConsonant(sp.Stem)) {
			erg, found = sp, true // (એ after a consonant is kept for known names and bodies: કન્યામિત્રએ is a girlfriend)
			break
		}
	}
	if !found {
		return candidate{}, false
	}
	if strings.HasSuffix(erg.Stem, "ઓ") {
		return candidate{}, false // a plural noun + એ: સત્તાવાળાઓએ, અધિકારીઓએ
	}
	if erg.Suffix == "ે" && strings.HasSuffix(erg.Stem, "ઓન") {
		for _, sp := range s.splits(i) {
			if sp.Suffix == "ઓને" {
				return candidate{}, false // નિવાસીઓને is residents + ને, not નિવાસીઓન + ે
			}
		}
	}
	c := candidate{first: i, last: i, sufLen: len(erg.Suffix), suffix: erg.Suffix, cas: erg.Case, typ: Person, entry: -1, source: "rule", rule: "subject"}
	for k, words := i-1, 0; k >= first && words < 2; k-- {
		if isJoiner(toks, k) {
			continue // a hyphenated name: અલ-મુ-અલીમે
		}
		words++
		t := toks[k]
		w := s.w(k)
		// A part of a hyphenated name may be a short syllable (મુ in અલ-મુ-અલીમ).
		if t.Kind != Word || t.Script != Gujarati || covered(k) >= 0 || s.tflag[k]&fNotName != 0 ||
			!r.rules.nameLike(w) && !isJoiner(toks, k+1) || !r.rules.bare(s, k) {
			break
		}
		c.first = k
	}
	return c, true
}

// arabicArticles are the article of Arabic names, folded, which Gujarati joins to the next
// word with a hyphen: અલ-અસદ, અલ- મોઅલેમ.
var arabicArticles = foldedSet("અલ એલ")

// endsInConsonant reports a word whose last letter is a consonant with its inherent vowel.
func endsInConsonant(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return normalize.KindOf(r) == normalize.Consonant
}

// betweenSubjectVerb are the words that stand between a speaker and the reporting verb: days
// and the audience.
var betweenSubjectVerb = foldedSet("આજે ગઈકાલે સોમવારે મંગળવારે બુધવારે ગુરુવારે શુક્રવારે શનિવારે રવિવારે પત્રકારોને મીડિયાને વધુમાં પણ")

// pluralSuffix reports a case suffix that carries the plural (ઓ, ોને, ઓએ...).
func pluralSuffix(suf string) bool {
	return strings.HasPrefix(suf, "ઓ") || strings.HasPrefix(suf, "ો")
}

// agentNounErgative reports a word (as written) that ends like the ergative of an agent noun in -ક,
// plural or singular: આયોજકોએ, સમર્થકોએ, વિશ્લેષકે, સંચાલકે. Names in -ક have a cluster or a
// vowel before the ક (માર્કોએ, ફિકોએ, પેટ્રિકે, માર્કે), which folding would hide.
func agentNounErgative(w string) bool {
	for _, tail := range [...]string{"કોએ", "કે"} {
		if !strings.HasSuffix(w, tail) {
			continue
		}
		stem := w[:len(w)-len(tail)]
		r, _ := utf8.DecodeLastRuneInString(stem)
		return normalize.KindOf(r) == normalize.Consonant && utf8.RuneCountInString(stem) >= 3
	}
	return false
}

// hasClearSuffix reports a word that ends in an unmistakable case ending (not the bare vowel signs
// ે and ો that some names end in).
func (r *Recognizer) hasClearSuffix(s *scratch, k int) bool {
	for _, sp := range s.splits(k) {
		if sp.Suffix != "ે" && sp.Suffix != "ો" {
			return true
		}
	}
	return false
}

// nameSuffix reads token k as an unknown name + case suffix when the stem could be a name. The
// bare ergative sign (ે) is split off only when the name does not end the sentence's subject
// otherwise: it is the commonest suffix on a name in news, but some surnames end in it (દવે).
func (r *Recognizer) nameSuffix(d *Document, s *scratch, k, last int) (Split, bool) {
	sps := s.splits(k)
	for si := range sps {
		if r.rules.isCommon(s.sf(k, si)) {
			return Split{}, false // an inflected ordinary word: કચેરીને, ઓક્ટોબરે
		}
	}
	ergCtx := k+1 < last && r.rules.ergativeContext[s.w(k+1)]
	for si, sp := range sps {
		if sp.Suffix == "ે" && !ergCtx && len(sps) > 1 || pluralSuffix(sp.Suffix) {
			continue // a person's name takes no plural: ઝેલેન્કોએ is ઝેલેન્કો + એ
		}
		if ergCtx && sp.Case == Dative && strings.HasSuffix(sp.Suffix, "ને") {
			// X + ે before a reporting verb, rather than X + ને: વીરમૅને કહ્યું
			for ei, e := range sps {
				if e.Suffix == "ે" && r.rules.nameLike(s.sf(k, ei)) {
					return e, true
				}
			}
		}
		if r.rules.nameLike(s.sf(k, si)) {
			return sp, true
		}
	}
	return Split{}, false
}

// shapeName finds Gujarati person names by their shape.
func (r *Recognizer) shapeName(d *Document, s *scratch, i, last int, covered func(int) int) (candidate, bool) {
	toks := d.Tokens
	w := s.w(i)
	stem, suf, cas := w, "", NoCase
	if s.tflag[i]&fNotName != 0 {
		return candidate{}, false
	}
	hon := r.rules.honorificName(w)
	if !hon {
		for si, sp := range s.splits(i) {
			sw := s.sf(i, si)
			if r.rules.honorificName(sw) {
				hon, stem, suf, cas = true, sw, sp.Suffix, sp.Case
				break
			}
		}
	}
	_ = stem
	c := candidate{first: i, last: i, typ: Person, entry: -1, source: "rule", rule: "honorific"}
	if hon {
		c.sufLen, c.suffix, c.cas = len(suf), suf, cas
		if suf == "" && i+1 < last && covered(i+1) < 0 && toks[i+1].Kind == Word {
			if sn, ssuf, scas, ok := r.surnameAt(s, toks, i+1); ok {
				_ = sn
				c.last, c.sufLen, c.suffix, c.cas = i+1, len(ssuf), ssuf, scas
			}
		}
		return c, true
	}
	// initials + name: આર. બી. ગોહિલ, એ.કે. પટેલ
	if toks[i].Abbrev && letterNames[strings.TrimSuffix(toks[i].Text, ".")] {
		k := i
		for k < last && toks[k].Abbrev && letterNames[strings.TrimSuffix(toks[k].Text, ".")] && k-i < 3 {
			k++
		}
		if k > i && k < last && toks[k].Kind == Word && toks[k].Script == Gujarati && covered(k) < 0 {
			if c2, ok := r.nameAfter(d, s, k, last, covered); ok && c2.last <= k+1 {
				c2.first, c2.rule = i, "initials"
				return c2, true
			}
		}
		return candidate{}, false
	}
	if s.tflag[i]&fGiven == 0 {
		return candidate{}, false // (both readings below start with a given name that is no word)
	}
	// a foreign given name + a name-like word: એલિઝાબેથ વોરેન, ફિલ મિકેલસન
	if g, ok := r.rules.foreignGiven[w]; ok && !strings.HasSuffix(g, "\ty") && s.tflag[i]&fNotName == 0 && i+1 < last && toks[i+1].Kind == Word && covered(i+1) < 0 {
		if c2, ok := r.nameAfter(d, s, i+1, last, covered); ok && c2.last <= i+2 {
			c2.first, c2.rule = i, "given-name"
			return c2, true
		}
	}
	// given name (+ middle) + surname
	if g, ok := r.rules.givenNames[w]; ok && !strings.HasSuffix(g, "\ty") {
		for k := i + 1; k < last && k <= i+2; k++ {
			if toks[k].Kind != Word || covered(k) >= 0 {
				break
			}
			if _, ssuf, scas, ok := r.surnameAt(s, toks, k); ok {
				c.rule = "given+surname"
				c.last, c.sufLen, c.suffix, c.cas = k, len(ssuf), ssuf, scas
				return c, true
			}
			if s.tflag[k]&fNotName != 0 && !separateHonorifics[s.w(k)] {
				break // (a separate ભાઈ or બેન stays inside: મહેશ ભાઈ પરમાર)
			}
		}
	}
	return candidate{}, false
}

// surnameAt reports a known surname at token k, with or without a case suffix.
func (r *Recognizer) surnameAt(s *scratch, toks []Token, k int) (string, string, Case, bool) {
	if (s.tflag[k]|s.sflag[k])&fSurname == 0 {
		return "", "", NoCase, false // neither the word nor a stem of it is a surname
	}
	w := s.w(k)
	if r.rules.surnames[w] != "" {
		return w, "", NoCase, true
	}
	for si, sp := range s.splits(k) {
		sw := s.sf(k, si)
		if r.rules.surnames[sw] != "" && !pluralSuffix(sp.Suffix) {
			return sw, sp.Suffix, sp.Case, true // (a surname takes no plural: માનીતા કોન્ટ્રાક્ટરોને are contractors)
		}
	}
	return "", "", NoCase, false
}

// ergativeEnding reports a word written with an ergative ending (ે or એ), the cheap test
// before the subject rule.
func ergativeEnding(w string) bool {
	return strings.HasSuffix(w, "ે") || strings.HasSuffix(w, "એ")
}

// placeAt finds a place by the generic word that follows it: [[સુરત]] શહેર, [[નર્મદા]] નદી.
func (r *Recognizer) placeAt(d *Document, s *scratch, i, last int) (candidate, bool) {
	toks := d.Tokens
	if i+1 >= last || toks[i+1].Kind != Word || (s.tflag[i+1]|s.sflag[i+1])&fPlaceFirst == 0 {
		return candidate{}, false // (no place word follows: most words, and the cheap test first)
	}
	w := s.w(i)
	if s.tflag[i]&fNotName != 0 || !r.rules.nameLike(w) || !r.rules.bare(s, i) || placeAdjective(r.rules, w) {
		return candidate{}, false
	}
	if i+1 < last && toks[i+1].Kind == Word {
		if _, _, _, ok := headAt(r.rules.placeAfter, 2, s, toks, min(i+2, last-1)); ok && i+2 < last && toks[i+2].Kind == Word {
			// a two-word head such as "રાષ્ટ્રીય ઉદ્યાન" starting right after the name
			if n, _, _, _ := headAt(r.rules.placeAfter, 2, s, toks, i+2); n == 2 {
				return candidate{first: i, last: i, typ: Location, entry: -1, source: "rule", rule: "place-word"}, true
			}
		}
		// A place word that opens an organization or a title is not this word's head:
		// ખેડૂતોની રજૂઆત રાજ્ય સરકારને, માંગણી જિલ્લા કલેક્ટરને.
		opens := i+2 < last && toks[i+2].Kind == Word && len(s.splits(i+1)) == 0 &&
			(s.tflag[i+2]|s.sflag[i+2])&(fOrgHead|fTitle|fTitleFirst) != 0
		if n, _, _, ok := headAt(r.rules.placeAfter, 1, s, toks, i+1); ok && n == 1 && !opens {
			return candidate{first: i, last: i, typ: Location, entry: -1, source: "rule", rule: "place-word"}, true
		}
	}
	return candidate{}, false
}

// placeAdjective reports a word that qualifies a place word rather than naming it: a
// participle (વહેતી નદી, a flowing river) or an adjective in -ગ્રસ્ત (ક્ષતિગ્રસ્ત વિસ્તાર).
func placeAdjective(rd *ruleData, w string) bool {
	if e := endingOf(w, participleEndings); e != "" && (letters(w[:len(w)-len(e)]) <= 3 || !rd.nameLike(w[:len(w)-len(e)])) &&
		!(letters(w[:len(w)-len(e)]) == 3 && (strings.HasSuffix(w, matiFolded) || strings.HasSuffix(w, vatiFolded))) {
		return true // the stem is a verb's: વહે + તી, ચાલ + તી (place names in -તી are longer: સાબરમતી;
		// rivers in -મતી/-વતી have three letters before it: રંગમતી, હાથમતી; the verbs two: રમતી)
	}
	return endingOf(w, adjectiveEndings) != ""
}

var (
	matiFolded        = string(normalize.Fold(nil, "મતી"))
	vatiFolded        = string(normalize.Fold(nil, "વતી"))
	participleEndings = foldedEndings("તી તો તા તું તાં")
	adjectiveEndings  = foldedEndings("ગ્રસ્ત પીડિત")
)

// facilities finds named facilities whose generic word is part of the name: નરેન્દ્ર મોદી
// સ્ટેડિયમ, સરદાર પટેલ રોડ, ધ્યાની સોસાયટી. The words before the head must be names or
// name-like words without case suffixes.
func (r *Recognizer) facilities(d *Document, s *scratch, first, last int, out []candidate, start int) []candidate {
	toks := d.Tokens
	for h := first; h < last; h++ {
		if toks[h].Kind != Word || !r.rules.lastIs(s, h, fFacilityLast) || coveredBy(out, start, h) >= 0 {
			continue
		}
		n, suf, cas, ok := headAt(r.rules.facility, r.rules.facilityWords, s, toks, h)
		if !ok {
			continue
		}
		headEn := r.rules.placeEn[string(s.stem)] // (headAt leaves the matched key in s.stem)
		lo := h - n + 1
		words := 0
		street := streetWords[s.w(h)] || stemFold(s, h, streetWords) != ""
		// a crossroads takes the name of what stands there (પકવાન ચાર રસ્તા), but at a town it
		// is the town's: [[કામરેજ]] ચાર રસ્તા
		junction := headEn == "crossroads"
		named := theatreWords[s.w(h)] || stemFold(s, h, theatreWords) != ""
		person, known := false, false
		for k := lo - 1; k >= first && words < 3; k-- {
			t := toks[k]
			if t.Kind != Word {
				break
			}
			if m := coveredBy(out, start, k); m >= 0 {
				c := out[m]
				if c.sufLen > 0 || c.suffixTok || c.typ == Organization || (street || junction) && c.typ == Location {
					break // (બિશકેક સ્ટ્રીટ is Bishkek's streets)
				}
				lo, k = c.first, c.first
				words++
				person = person || c.typ == Person
				known = true
				if c.typ == Location {
					break // a place opens the name: [[આર્જેન્ટિના થિયેટર]], not the subject before it
				}
				continue
			}
			w := s.w(k)
			if s.tflag[k]&fNotName != 0 || !r.rules.nameLike(w) || !r.rules.bare(s, k) {
				break
			}
			lo = k
			words++
			person = person || r.rules.isGivenName(w) || s.tflag[k]&fSurname != 0
		}
		if words == 0 || street && !person || named && !person && !known {
			continue // a street needs a person's name: હાઈ સ્ટ્રીટ is the shops, જોન સ્ટ્રીટ a street
		}
		// a road between two places names both: [[મોડાસા-શામળાજી હાઇવે]]
		for lo-2 >= first && isJoiner(toks, lo-1) {
			m := coveredBy(out, start, lo-2)
			if m < 0 || out[m].typ != Location || out[m].last != lo-2 || out[m].sufLen > 0 || out[m].suffixTok {
				break
			}
			lo = out[m].first
		}
		name := r.facilityName(out[start:], s, toks, lo, h-n+1, headEn)
		// A police station is the place where one is held or goes (માં, માંથી) and the police
		// unit otherwise, like the White House (સરખેજ પોલીસ મથકના પીઆઇ).
		typ := Location
		if policePosts[headEn] && cas != Locative && cas != Ablative {
			typ = Organization
		}
		out = replaceInner(out, start, candidate{first: lo, last: h, sufLen: len(suf), suffix: suf, cas: cas,
			typ: typ, entry: -1, source: "rule", rule: "facility", name: name})
	}
	return out
}

// streetWords are the road words of English-speaking towns, whose names in translated news are
// mostly a person's (જોન સ્ટ્રીટ) while the same words also translate "the high street" or
// "the streets of" a city.
var streetWords = foldedSet("સ્ટ્રીટ સ્ટ્રિટ એવન્યુ એવન્યૂ સ્ક્વેર ટેરેસ પાર્ક")

// theatreWords are facility heads that follow ordinary words as often as names (રેડિયો
// થિયેટર is a genre, રેડિયો સ્ટેશન and શોપિંગ મોલ are kinds): the name before them must be a
// known one (કાલુપુર સ્ટેશન, આલ્ફા વન મોલ once the lexicon or a rule knows it).
var theatreWords = foldedSet("થિયેટર સ્ટેશન મોલ કોમ્પ્લેક્સ કોમ્પલેક્ષ કોમ્પ્લેક્ષ એપાર્ટમેન્ટ")

// facilityName composes an English name for a facility: the English names of the names in it
// and the gloss of its head (નરેન્દ્ર મોદી સ્ટેડિયમ: Narendra Modi stadium).
func (r *Recognizer) facilityName(inner []candidate, s *scratch, toks []Token, lo, headStart int, headEn string) string {
	parts := r.nameParts(s, toks, inner, lo, headStart, false, nil)
	if headEn == "" || len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, " ") + " " + headEn
}

// separateHonorifics are -ભાઈ and -બેન written as a word of their own, inside a name.
var separateHonorifics = foldedSet("ભાઈ ભાઇ બેન બહેન")

// policePosts are the glosses of the facility heads of police stations.
var policePosts = map[string]bool{"police station": true, "police post": true}

func coveredBy(out []candidate, start, j int) int {
	for k := start; k < len(out); k++ {
		if out[k].first <= j && j <= out[k].last {
			return k
		}
	}
	return -1
}

// stemFold returns the folded stem of token i that is in set, or "".
func stemFold(s *scratch, i int, set map[string]bool) string {
	for si := range s.splits(i) {
		if f := s.sf(i, si); set[f] {
			return f
		}
	}
	return ""
}

// latinNameCase reports whether the Latin words [a, b] are written as a name: each capitalized
// but for linking words (of, the, and, de), and not a lone capitalized article.
func latinNameCase(toks []Token, a, b int) bool {
	content := 0
	for k := a; k <= b; k++ {
		t := toks[k]
		if t.Kind != Word || t.Script != Latin {
			continue // (a mixed name: GIFT સિટી)
		}
		switch strings.ToLower(t.Text) {
		case "of", "the", "and", "de", "for", "la", "del", "von", "van", "da", "le":
			if k == a && !isCapitalized(t.Text) {
				return false
			}
			continue
		}
		if !isCapitalized(t.Text) {
			return false
		}
		content++
	}
	return content > 0
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
