package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A match key is a consonant skeleton: vowels are dropped (so schwa, vowel length and candra
// vowels stop mattering), consonants fall into 17 classes (K G C J T D N M P F B V Y R L S H) plus
// A for a word-initial vowel, adjacent equal classes collapse, and word boundaries are ignored
// (ન્યૂયોર્ક = New York). Letters whose sound is ambiguous give several keys: English "ch" may be
// C, K or S; a Gujarati ય after a virama may be a glide or not. Two names match when their key
// sets intersect. Keys block; Similarity ranks.

// maxKeys bounds the fan-out of ambiguous letters; names longer than that keep the first variants.
const maxKeys = 64

// Keys returns the match keys of a name written in Gujarati or Latin script (or a mix), sorted and
// without duplicates. It returns nil when the name has no letters.
func Keys(name string) []string {
	var kb keyBuilder
	kb.reset()
	for _, w := range splitWords(joinDottedLetters(name)) {
		if isLatinWord(w) {
			kb.latin(w)
		} else {
			kb.gujaratiWord(w)
		}
	}
	return kb.result()
}

// Key returns one representative match key of name (the first of Keys), or "".
func Key(name string) string {
	if k := Keys(name); len(k) > 0 {
		return k[0]
	}
	return ""
}

// Match reports whether two names, in either script, may be the same name.
func Match(a, b string) bool {
	ka, kb := Keys(a), Keys(b)
	return intersects(ka, kb)
}

func intersects(a, b []string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch strings.Compare(a[i], b[j]) {
		case 0:
			return true
		case -1:
			i++
		default:
			j++
		}
	}
	return false
}

// Similarity returns a graded similarity in [0, 1] of two names in either script, for ranking the
// candidates that Keys let through: the best edit similarity of their keys, averaged with the edit
// similarity of their plain ASCII forms (which sees the vowels the keys drop).
func Similarity(a, b string) float64 {
	ka, kb := Keys(a), Keys(b)
	if len(ka) == 0 || len(kb) == 0 {
		return 0
	}
	best := 0.0
	for _, x := range ka {
		for _, y := range kb {
			best = max(best, editSimilarity(x, y))
		}
	}
	return (best + editSimilarity(plainLatin(a), plainLatin(b))) / 2
}

// plainLatin is a lower-case, space-free ASCII form for comparing vowels across scripts.
func plainLatin(s string) string {
	s = foldLatin(ASCII(s))
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			if c == 'w' {
				c = 'v'
			}
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// editSimilarity is 1 - Levenshtein distance / length of the longer string, on bytes.
func editSimilarity(a, b string) float64 {
	if a == b {
		return 1
	}
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return 1 - float64(prev[len(b)])/float64(max(len(a), len(b)))
}

// splitWords splits a name at everything that is not a letter or a Gujarati sign.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || IsGujaratiLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsDigit(r))
	})
}

func isLatinWord(w string) bool {
	for _, r := range w {
		if IsGujarati(r) {
			return false
		}
	}
	return true
}

// keyBuilder grows the set of key variants one class (or one set of alternatives) at a time.
type keyBuilder struct {
	keys [][]byte
	tmp  [][]byte
}

func (kb *keyBuilder) reset() { kb.keys = append(kb.keys[:0], nil) }

// fork returns a copy of the current variants, to build an alternative continuation from.
func (kb *keyBuilder) fork() [][]byte {
	c := make([][]byte, len(kb.keys))
	for i, k := range kb.keys {
		c[i] = slices.Clone(k)
	}
	return c
}

// swap installs keys as the current variants and returns the previous ones.
func (kb *keyBuilder) swap(keys [][]byte) [][]byte {
	old := kb.keys
	kb.keys = keys
	return old
}

// merge adds other's variants to the current ones, up to maxKeys.
func (kb *keyBuilder) merge(other [][]byte) {
	for _, k := range other {
		if len(kb.keys) >= maxKeys {
			break
		}
		kb.keys = append(kb.keys, k)
	}
}

// add appends one of the alternatives to every variant; "" is an alternative meaning "nothing".
// A class equal to a variant's last class collapses into it.
func (kb *keyBuilder) add(alts ...string) {
	if len(alts) == 1 {
		for i, k := range kb.keys {
			kb.keys[i] = appendClasses(k, alts[0])
		}
		return
	}
	kb.tmp = kb.tmp[:0]
	for _, k := range kb.keys {
		for _, a := range alts {
			if len(kb.tmp) >= maxKeys {
				break
			}
			kb.tmp = append(kb.tmp, appendClasses(slices.Clip(k), a))
		}
	}
	kb.keys, kb.tmp = kb.tmp, kb.keys
}

func appendClasses(k []byte, cls string) []byte {
	for i := 0; i < len(cls); i++ {
		if n := len(k); n > 0 && k[n-1] == cls[i] {
			continue
		}
		k = append(k, cls[i])
	}
	return k
}

func (kb *keyBuilder) result() []string {
	out := make([]string, 0, len(kb.keys))
	for _, k := range kb.keys {
		if len(k) > 0 {
			out = append(out, string(k))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// gujaratiWord adds the classes of one Gujarati word.
func (kb *keyBuilder) gujaratiWord(w string) {
	rs := []rune(w)
	start := true
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		l := row(r)
		prev, next := rune(-1), rune(-1)
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch l.kind {
		case Unassigned:
			if r >= '0' && r <= '9' {
				kb.add(string(r)) // numbers tell "ઓગસ્ટ 11" from "August 26"
			}
		case Digit:
			kb.add(string('0' + r - 0x0AE6))
		case VowelLetter:
			if start || l.class == 'R' || l.class == 'L' {
				kb.add(string(l.class))
			}
		case Consonant:
			switch {
			case r == 'હ' && !start:
				// ્હ and medial હ write an English h that is mostly silent (જ્હોન, વ્હાઇટ).
			case r == 'જ' && next == 0x0ACD && i+2 < len(rs) && rs[i+2] == 'ઞ':
				kb.add("GN")
				i += 2
			case r == 'મ' && next == 0x0ACD && i+2 < len(rs) && strings.ContainsRune("પફબભ", rs[i+2]):
				kb.add("N")
			case r == 'ય' && !start && (isGlide(rs, i) || i == len(rs)-1 || next >= 0 && row(next).kind == Consonant):
				// A glide English does not write (રશિયા, પ્યોંગ), or the -ay/-ai of અક્ષય,
				// ઉદયપુર.
				kb.add("Y", "")
			default:
				if l.class != 0 {
					kb.add(string(l.class))
				}
			}
		case VowelSign:
			if l.class != 0 {
				kb.add(string(l.class))
			}
		case Nasal:
			switch {
			case i == len(rs)-1:
				kb.add("N", "") // final: a nasalised vowel (માં) or an n (મેક્રોં = Macron)
			case strings.ContainsRune("યરલવશષસહ", next):
				kb.add("N", "M") // written m before these in Sanskrit loans: સંહિતા = Samhita
			default:
				kb.add("N")
			}
		}
		_ = prev
		start = false
	}
}

// isGlide reports whether ય at rs[i] may be a transition glide that English does not write:
// after a virama (પ્યોંગયાંગ, ન્યૂ), after an i or e vowel (રશિયા, ઇઝરાયેલ), or before a virama.
func isGlide(rs []rune, i int) bool {
	p := rs[i-1]
	switch p {
	case 0x0ACD, 'િ', 'ી', 'ે', 'ૈ', 'ઇ', 'ઈ', 'એ', 'ા', 'આ':
		return true
	}
	return i+1 < len(rs) && rs[i+1] == 0x0ACD
}

// joinDottedLetters removes the dots of abbreviations written letter by letter (U.S., યુ.એસ.),
// so that they key like the undotted forms (US, યુએસ).
func joinDottedLetters(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	b := []byte(s)
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == '.' && i+1 < len(b) && b[i+1] != ' ' && i > 0 && b[i-1] != ' ' {
			continue
		}
		out = append(out, b[i])
	}
	return string(out)
}

// letterNames spell the Latin letters as English reads them in acronyms (CBI = સીબીઆઈ).
var letterNames = [26]string{"e", "bi", "si", "di", "i", "ef", "ji", "ech", "ai", "je", "ke", "el",
	"em", "en", "o", "pi", "kyu", "ar", "es", "ti", "yu", "vi", "dablyu", "eks", "vai", "zed"}

// latin adds the classes of a Latin word. An acronym (all capitals: CBI, UN, NATO) is read both
// letter by letter and as a word, since Gujarati writes either (સીબીઆઈ, નાટો).
func (kb *keyBuilder) latin(w string) {
	upper := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			upper++
		}
	}
	if upper == len(w) && upper <= 6 {
		var spelled strings.Builder
		for i := 0; i < len(w); i++ {
			spelled.WriteString(letterNames[w[i]-'A'])
		}
		if upper == 1 {
			kb.latinWord(spelled.String())
			return
		}
		saved := kb.fork()
		kb.latinWord(spelled.String())
		other := kb.swap(saved)
		kb.latinWord(w)
		kb.merge(other)
		return
	}
	switch strings.ToLower(w) {
	case "st":
		w = "saint"
	case "island", "islands", "isle":
		w = strings.Replace(strings.ToLower(w), "s", "", 1) // the s is silent: આઇલેન્ડ
	}
	kb.latinWord(w)
}

// latinWord adds the classes of one Latin-script word, spelled the English way.
func (kb *keyBuilder) latinWord(w string) {
	s := foldLatin(w)
	vowel := func(i int) bool { return i < len(s) && strings.IndexByte("aeiou", s[i]) >= 0 }
	front := func(i int) bool { return i < len(s) && strings.IndexByte("eiy", s[i]) >= 0 }
	has := func(i int, p string) bool { return strings.HasPrefix(s[i:], p) }
	for i := 0; i < len(s); {
		c := s[i]
		start := i == 0
		switch {
		case c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u':
			if start {
				if c == 'u' || has(i, "eu") {
					kb.add("A", "Y")
				} else {
					kb.add("A")
				}
			}
			i++
		case c == 'y':
			switch {
			case i > 0 && vowel(i-1) && !vowel(i+1):
				kb.add("Y", "") // Akshay = અક્ષય
			case vowel(i+1) && i > 0 && !vowel(i-1):
				kb.add("Y", "") // Kyiv = કીવ, but Pyongyang = પ્યોંગયાંગ
			case vowel(i + 1):
				kb.add("Y")
			case start:
				kb.add("A")
			}
			i++
		case has(i, "sch"):
			kb.add("S", "SK")
			i += 3
		case has(i, "tch"):
			kb.add("C")
			i += 3
		case has(i, "ch"):
			kb.add("C", "K", "S")
			i += 2
		case has(i, "ck"):
			kb.add("K")
			i += 2
		case has(i, "ph"):
			kb.add("F")
			i += 2
		case has(i, "sh"):
			kb.add("S")
			i += 2
		case has(i, "th"):
			kb.add("T", "D")
			i += 2
		case has(i, "gh"):
			if start {
				kb.add("G")
			} else {
				kb.add("G", "")
			}
			i += 2
		case has(i, "wh"):
			kb.add("V")
			i += 2
		case has(i, "kh"):
			kb.add("K")
			i += 2
		case has(i, "zh"), has(i, "jh"), has(i, "dg"):
			kb.add("J")
			i += 2
		case has(i, "dj"):
			kb.add("J", "DJ")
			i += 2
		case has(i, "dt"):
			kb.add("T", "DT")
			i += 2
		case start && has(i, "kn"):
			kb.add("N")
			i += 2
		case has(i, "rh") && !start:
			kb.add("R", "D") // the flap ઢ of -garh = ગઢ
			i += 2
		case has(i, "dh"):
			kb.add("D")
			i += 2
		case has(i, "bh"):
			kb.add("B")
			i += 2
		case has(i, "cz"):
			kb.add("C")
			i += 2
		case has(i, "qu"):
			kb.add("K", "KV")
			i += 2
		case has(i, "gu") && vowel(i+2), has(i, "cu") && vowel(i+2), has(i, "ku") && vowel(i+2):
			cls := map[byte]string{'g': "G", 'c': "K", 'k': "K"}[c]
			kb.add(cls, cls+"V")
			i += 2
		case c == 'c':
			if front(i + 1) {
				kb.add("S")
			} else {
				kb.add("K")
			}
			i++
		case c == 'g':
			if front(i + 1) {
				kb.add("G", "J")
			} else {
				kb.add("G")
			}
			i++
		case c == 'h':
			if start {
				kb.add("H")
			}
			i++
		case c == 'w':
			switch {
			case vowel(i+1) || i+1 < len(s) && s[i+1] == 'y':
				kb.add("V")
			case i > 0 && vowel(i-1) && i+1 < len(s):
				kb.add("V", "") // Chawla = ચાવલા, but Moscow = મોસ્કો
			}
			i++
		case c == 's':
			switch {
			case start:
				kb.add("S")
			case i == len(s)-1 && len(s) >= 5 && s[i-1] != 's':
				kb.add("S", "J", "") // plural: Himalayas = હિમાલય, Islands = આઇલેન્ડ્સ
			default:
				kb.add("S", "J")
			}
			i++
		case c == 'x':
			if start {
				kb.add("S", "J")
			} else {
				kb.add("KS", "KJ")
			}
			i++
		case c == 'm':
			if i+1 < len(s) && (s[i+1] == 'p' || s[i+1] == 'b' || s[i+1] == 'f') {
				kb.add("N", "M")
			} else {
				kb.add("M")
			}
			i++
		case c == 't' && has(i+1, "i") && vowel(i+2) && !start:
			kb.add("T", "S")
			i++
		case c == 't' && has(i+1, "u") && !start:
			kb.add("T", "C") // Neptune = નેપ્ચ્યુન
			i++
		case c == 'z':
			kb.add("J", "S")
			i++
		case c == 'j':
			if i > 0 && !vowel(i-1) {
				kb.add("J", "Y", "") // Ljubljana = લુબ્લિયાના
			} else {
				kb.add("J")
			}
			i++
		case c >= '0' && c <= '9':
			kb.add(string(c))
			i++
		default:
			if cls := latinClass[c]; cls != 0 {
				kb.add(string(cls))
			}
			i++
		}
	}
}

var latinClass = [256]byte{
	'b': 'B', 'd': 'D', 'f': 'F', 'k': 'K', 'l': 'L', 'n': 'N', 'p': 'P', 'q': 'K', 'r': 'R',
	't': 'T', 'v': 'V', 'z': 'J',
}

// foldLatin lower-cases s and strips Latin accents (é -> e); it keeps only ASCII letters, so it
// must never see Gujarati, whose vowel signs it would delete.
func foldLatin(s string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(strings.ReplaceAll(s, "ç", "s")) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			sb.WriteRune(unicode.ToLower(r))
		case r == 'ß':
			sb.WriteString("ss")
		case r == 'ø' || r == 'Ø':
			sb.WriteByte('o')
		case r == 'æ' || r == 'Æ':
			sb.WriteString("ae")
		case r == 'ł' || r == 'Ł':
			sb.WriteByte('l')
		}
	}
	return sb.String()
}
