package entity

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// link groups the mentions of a document into entities: mentions of one lexicon entry (or of
// entries with one English name), the same folded name, a partial name (surname or first words)
// of a longer name of the same type, and the same name in the other script.
func (r *Recognizer) link(d *Document, s *scratch) []Entity {
	n := len(d.Mentions)
	if n == 0 {
		return []Entity{}
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		a, b = find(a), find(b)
		if a != b {
			if b < a {
				a, b = b, a
			}
			parent[b] = a
		}
	}
	names := make([]string, n) // folded name
	words := make([][]string, n)
	// (one key type for both kinds of key, so that no key string is built per mention)
	type linkKey struct {
		lexicon bool // name is a lexicon entry's canonical name, else the folded mention
		typ     Type
		name    string
	}
	byKey := make(map[linkKey]int, 2*n)
	// the folded names of all mentions, in one buffer that becomes one string
	var buf []byte
	ends := make([]int, n)
	for i, m := range d.Mentions {
		start := len(buf)
		for k := m.First; k < m.Last && k < len(d.Tokens); k++ {
			if d.Tokens[k].Kind != Word || d.Tokens[k].CStart >= m.CEnd {
				continue
			}
			if len(buf) > start {
				buf = append(buf, ' ')
			}
			if d.Tokens[k].CEnd > m.CEnd {
				buf = normalize.Fold(buf, d.Text()[d.Tokens[k].CStart:m.CEnd]) // the stem of a suffixed word
			} else {
				buf = append(buf, d.Folded(k)...)
			}
		}
		ends[i] = len(buf)
	}
	all := string(buf)
	singles := make([]string, n) // backing for the one-word names' word lists
	for i, m := range d.Mentions {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		names[i] = all[start:ends[i]]
		if strings.IndexByte(names[i], ' ') < 0 {
			singles[i] = names[i]
			words[i] = singles[i : i+1 : i+1]
		} else {
			words[i] = strings.Fields(names[i])
		}
		key := linkKey{typ: m.Type, name: names[i]}
		if j, ok := byKey[key]; ok {
			union(i, j)
		} else {
			byKey[key] = i
		}
		if m.entry >= 0 {
			e := r.lex.Entries[m.entry]
			key := linkKey{lexicon: true, typ: e.Type, name: e.Name}
			if j, ok := byKey[key]; ok {
				union(i, j)
			} else {
				byKey[key] = i
			}
		}
	}
	// Partial names: a mention whose words are the first or last words of a longer mention of
	// the same type links to it when exactly one distinct longer name fits.
	var multi []int // mentions of two words or more: the only ones a partial name can belong to
	for j := range d.Mentions {
		if len(words[j]) > 1 {
			multi = append(multi, j)
		}
	}
	for i := range d.Mentions {
		if d.Mentions[i].Type != Person && d.Mentions[i].Type != Organization {
			continue
		}
		fit := -1
		for _, j := range multi {
			if len(words[j]) <= len(words[i]) || d.Mentions[j].Type != d.Mentions[i].Type {
				continue
			}
			if isPrefix(words[i], words[j]) || d.Mentions[i].Type == Person && (isSuffix(words[i], words[j]) || isNickname(words[i], words[j])) {
				if fit >= 0 && names[fit] != names[j] && find(fit) != find(j) {
					fit = -2
					break
				}
				fit = j
			}
		}
		if fit >= 0 {
			union(i, fit)
		}
	}
	// The same name in both scripts (Putin, પુતિન), for mentions the lexicon did not settle. Keys
	// are computed once per distinct name.
	keys := map[string][]string{}
	keyOf := func(text string) []string {
		k, ok := keys[text]
		if !ok {
			k = normalize.Keys(text)
			keys[text] = k
		}
		return k
	}
	for i := range d.Mentions {
		if d.Tokens[d.Mentions[i].First].Script != Latin {
			continue
		}
		ki := keyOf(d.Mentions[i].Text)
		best, bestSim := -1, 0.0
		for j := range d.Mentions {
			if d.Tokens[d.Mentions[j].First].Script == Latin || find(i) == find(j) {
				continue
			}
			if !intersects(ki, keyOf(d.Mentions[j].Text)) {
				continue
			}
			if sim := normalize.Similarity(d.Mentions[i].Text, d.Mentions[j].Text); sim > bestSim {
				best, bestSim = j, sim
			}
		}
		if best >= 0 && bestSim >= 0.6 {
			union(i, best)
		}
	}
	// Number the entities by first mention.
	ids := map[int]int{}
	var ents []Entity
	for i := range d.Mentions {
		root := find(i)
		k, ok := ids[root]
		if !ok {
			k = len(ents)
			ids[root] = k
			ents = append(ents, Entity{ID: "e" + strconv.Itoa(k+1)})
		}
		ents[k].Mentions = append(ents[k].Mentions, i)
	}
	for k := range ents {
		r.describe(d, &ents[k])
		for _, i := range ents[k].Mentions {
			d.Mentions[i].Entity = ents[k].ID
		}
	}
	return ents
}

// describe sets an entity's type and canonical names from its mentions: the lexicon entry of its
// longest lexicon mention if any, else its longest Latin mention, else the romanized longest
// Gujarati mention.
func (r *Recognizer) describe(d *Document, e *Entity) {
	votes := map[Type]int{}
	var bestEntry int32 = -1
	bestLen := 0
	latin, gu, composed := "", "", ""
	for _, i := range e.Mentions {
		m := d.Mentions[i]
		if m.name != "" && len(m.name) > len(composed) {
			composed = m.name
		}
		votes[m.Type]++
		if m.entry >= 0 && len(m.Text) > bestLen {
			bestEntry, bestLen = m.entry, len(m.Text)
		}
		if d.Tokens[m.First].Script == Latin {
			if len(m.Text) > len(latin) {
				latin = m.Text
			}
		} else if len(m.Text) > len(gu) {
			gu = m.Text
		}
	}
	best := Type("")
	for _, t := range []Type{Person, Location, Organization} {
		if votes[t] > votes[best] {
			best = t
		}
	}
	e.Type = best
	switch {
	case bestEntry >= 0:
		en := r.lex.Entries[bestEntry]
		e.Name, e.Gu, e.Type = en.Name, en.Gu, en.Type
	case latin != "":
		e.Name, e.Gu = latin, gu
	case composed != "":
		e.Name, e.Gu = composed, gu
	default:
		e.Name, e.Gu = romanName(gu), gu
	}
}

// isNickname reports a one-word name that is the nickname after ઉર્ફે in a longer name: મસો in
// મહેશ ઉર્ફે મસો ચાવડા.
func isNickname(short, long []string) bool {
	if len(short) != 1 {
		return false
	}
	for k := 0; k+1 < len(long); k++ {
		if aliasWords[long[k]] {
			return long[k+1] == short[0]
		}
	}
	return false
}

// intersects reports whether two sorted key lists share a key.
func intersects(a, b []string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// romanName writes a Gujarati name in plain Latin letters, title-cased, with initials as the
// letters they name: એમ.કે. દાસ is M.K. Das, not Em.ke. Das.
func romanName(gu string) string {
	ws := strings.Fields(gu)
	for i, w := range ws {
		if initials, ok := latinInitials(w); ok {
			ws[i] = initials
			continue
		}
		if aliasWords[string(normalize.Fold(nil, w))] {
			ws[i] = "alias" // મહેશ ઉર્ફે મસો ચાવડા is Mahesh alias Maso Chavda
			continue
		}
		// a name compound is romanized part by part: દિગ્વિજય + સિંહ, દિનેશ + ભાઈ, ભાવ + નગર
		stem, end := compoundSplit(w)
		r := normalize.ASCII(schwaDeleted(stem))
		if end != "" {
			r += normalize.ASCII(end)
		}
		ws[i] = titleCase(r)
	}
	return strings.Join(ws, " ")
}

// compoundEnds are the second members of Gujarati name compounds, whose first member ends a
// word of its own in speech (its last inherent vowel is not said).
var compoundEnds = []string{"સિંહ", "સિંહજી", "ભાઈ", "ભાઇ", "બેન", "બહેન", "કુમાર", "ચંદ્ર", "લાલ", "દાસ",
	"પ્રસાદ", "નગર", "પુર", "બાદ", "પતિ", "જી"}

// compoundSplit splits a word before the compound end it has, if any (and the stem is not too
// short): દિગ્વિજયસિંહ = દિગ્વિજય + સિંહ.
func compoundSplit(w string) (string, string) {
	for _, e := range compoundEnds {
		if strings.HasSuffix(w, e) && letters(w[:len(w)-len(e)]) >= 2 {
			return w[:len(w)-len(e)], e
		}
	}
	return w, ""
}

// akshara is one written syllable of a word: a consonant or cluster with its vowel sign, or a
// vowel letter. inherent: it is a consonant (or cluster) that carries the inherent vowel.
type akshara struct {
	end      int // byte offset after it
	inherent bool
	cluster  bool
}

// schwaDeleted marks with a virama the inherent vowels that Gujarati does not pronounce inside a
// word, so that the plain romanization reads as the name is said: દિનેશભાઈ is Dineshbhai,
// રાજદીપસિંહ Rajdipsinh, સંઘવી Sanghvi, not Dineshabhai, Rajadipasinh, Sanghavi. The rule is the
// common one for Indo-Aryan names, read left to right: the vowel goes after a pronounced vowel
// and a single consonant, before a consonant with a pronounced vowel (VC_CV); the first syllable
// keeps it, and the last is left to the romanizer (which drops it except after some clusters).
// Compounds are split first (compoundSplit), since the rule does not see morpheme boundaries.
func schwaDeleted(w string) string {
	var buf [16]akshara
	as := buf[:0]
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch normalize.KindOf(r) {
		case normalize.Consonant:
			a := akshara{inherent: true}
			for i < len(w) {
				r2, n2 := utf8.DecodeRuneInString(w[i:])
				k := normalize.KindOf(r2)
				if k == normalize.Virama {
					if r3, n3 := utf8.DecodeRuneInString(w[i+n2:]); normalize.KindOf(r3) == normalize.Consonant {
						i += n2 + n3 // a cluster goes on
						a.cluster = true
						continue
					}
					i += n2
					a.inherent = false // a final virama: no vowel
					break
				}
				if k == normalize.VowelSign {
					a.inherent = false
				} else if k != normalize.Nukta && k != normalize.Nasal {
					break
				}
				i += n2
			}
			a.end = i
			as = append(as, a)
		case normalize.VowelLetter:
			for i < len(w) {
				r2, n2 := utf8.DecodeRuneInString(w[i:])
				if normalize.KindOf(r2) != normalize.Nasal {
					break
				}
				i += n2
			}
			as = append(as, akshara{end: i})
		default:
			return w // not a plain Gujarati word: left as it is
		}
	}
	var b strings.Builder
	b.Grow(len(w) + 3*len(as))
	start := 0
	deleted := false // the previous akshara lost its vowel
	for j, a := range as {
		text := w[start:a.end]
		del := a.inherent && !a.cluster && j > 0 && j < len(as)-1 && !deleted
		if del {
			// the next syllable must be spoken: a vowel sign or letter, or an inherent vowel that is
			// not the word's last
			nx := as[j+1]
			del = !nx.inherent || j+1 < len(as)-1
		}
		b.WriteString(text)
		if del && !strings.ContainsAny(text[len(text)-1:], "à") {
			// (the akshara ends in its consonant or a nasal sign; a nasal keeps the vowel)
		}
		if del && normalize.KindOf(lastRune(text)) == normalize.Consonant {
			b.WriteString("્")
		} else {
			del = false
		}
		deleted = del
		start = a.end
	}
	return b.String()
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// latinInitials reads a word made of dotted initials (સી.આર., એમ.) as Latin initials (C.R., M.).
func latinInitials(w string) (string, bool) {
	if !strings.HasSuffix(w, ".") {
		return "", false
	}
	var b strings.Builder
	for part := range strings.SplitSeq(strings.TrimSuffix(w, "."), ".") {
		l, ok := letterLatin[part]
		if !ok {
			return "", false
		}
		b.WriteString(l)
		b.WriteByte('.')
	}
	return b.String(), true
}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		ws[i] = string(rs)
	}
	return strings.Join(ws, " ")
}

func isPrefix(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isSuffix(a, b []string) bool {
	off := len(b) - len(a)
	for i := range a {
		if a[i] != b[off+i] {
			return false
		}
	}
	return true
}
