package normalize

import (
	"fmt"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Options select the optional steps of Clean. The zero value is the default for analysis:
// Gujarati digits become ASCII and page chrome is removed.
type Options struct {
	// KeepGujaratiDigits leaves ૦..૯ as they are instead of mapping them to 0..9.
	KeepGujaratiDigits bool
	// KeepChrome leaves scraped-page chrome (spot_img, "RELATED ARTICLES", breadcrumbs) in place.
	KeepChrome bool
}

// Repair records a place where the input could not be kept as it was: a run of bytes that is not
// valid UTF-8 and was replaced by U+FFFD, one replacement character per byte.
type Repair struct {
	Start, End int // byte range in the original input
}

// String describes the repair in words for a warnings list.
func (r Repair) String() string {
	if r.End-r.Start == 1 {
		return fmt.Sprintf("invalid UTF-8 replaced by U+FFFD at byte %d (1 byte)", r.Start)
	}
	return fmt.Sprintf("invalid UTF-8 replaced by U+FFFD at byte %d (%d bytes)", r.Start, r.End-r.Start)
}

// Text is an input cleaned for analysis. Text is what the analyzers read; Map takes any span of
// Text back to Original. A Text is immutable and safe for concurrent use.
type Text struct {
	Original string     // the caller's input, untouched
	Text     string     // the analysis text
	Map      *OffsetMap // analysis byte offsets to original byte offsets
	Repairs  []Repair   // invalid UTF-8 found in Original, in order
}

// Span maps an analysis-text span to a span of Original.
func (t *Text) Span(start, end int) (int, int) { return t.Map.Span(start, end) }

// Warnings describes every repair, for a result's warnings list; nil when there was none.
func (t *Text) Warnings() []string {
	var w []string
	for _, r := range t.Repairs {
		w = append(w, r.String())
	}
	return w
}

// Clean prepares src for analysis with the default options. See Options.Clean.
func Clean(src string) *Text { return Options{}.Clean(src) }

// Clean turns raw input into analysis text and keeps a map from every byte of it back to src.
// It applies NFC; joins the vowel letters that are typed as અ or આ plus a vowel sign (અા -> આ,
// અે -> એ, આે -> ઓ ...), which NFC leaves apart; drops ZWJ, ZWNJ, ZWSP, WORD JOINER, SOFT HYPHEN
// and BOM; turns NBSP and the other Unicode spaces into ' '; maps Gujarati digits to ASCII unless
// KeepGujaratiDigits; removes page chrome unless KeepChrome; and replaces each byte of invalid
// UTF-8 by U+FFFD, recording where in Repairs. It never strips vowel signs or viramas and never
// rewrites ':' as visarga. Clean never fails and is idempotent: cleaning Text again changes nothing.
func (o Options) Clean(src string) *Text {
	b := make([]byte, 0, len(src))
	m := &OffsetMap{origLen: len(src)}
	t := &Text{Original: src}
	needNFC := false
	prev := rune(-1)            // the last rune written to b
	prevClean, prevOrig := 0, 0 // where that rune starts in b and in src
	for i := 0; i < len(src); {
		if c := src[i]; c < utf8.RuneSelf {
			j := i + 1
			for j < len(src) && src[j] < utf8.RuneSelf {
				j++
			}
			prevClean, prevOrig = len(b)+j-i-1, j-1
			prev = rune(src[j-1])
			b = append(b, src[i:j]...)
			m.appendIdentity(i, j-i)
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && n == 1 {
			if k := len(t.Repairs) - 1; k >= 0 && t.Repairs[k].End == i {
				t.Repairs[k].End++
			} else {
				t.Repairs = append(t.Repairs, Repair{i, i + 1})
			}
			prev, prevClean, prevOrig = r, len(b), i
			b = append(b, "\uFFFD"...)
			m.appendReplace(i, 1, 3)
			i++
			continue
		}
		switch {
		case isDropped(r):
			// Dropped characters leave prev alone, so અ + ZWJ + ા still joins.
			i += n
			continue
		case isOtherSpace(r):
			prev, prevClean, prevOrig = ' ', len(b), i
			b = append(b, ' ')
			m.appendReplace(i, n, 1)
		case !o.KeepGujaratiDigits && row(r).kind == Digit:
			prev, prevClean, prevOrig = '0'+r-0x0AE6, len(b), i
			b = append(b, byte('0'+r-0x0AE6))
			m.appendReplace(i, n, 1)
		default:
			if joined := joinVowel(prev, r); joined != 0 {
				m.truncate(prevClean)
				b = b[:prevClean]
				b = utf8.AppendRune(b, joined)
				m.appendReplace(prevOrig, i+n-prevOrig, len(b)-prevClean)
				prev = joined
				i += n
				continue
			}
			if !needNFC && !nfcInert(r, prev) {
				needNFC = true
			}
			prev, prevClean, prevOrig = r, len(b), i
			b = append(b, src[i:i+n]...)
			m.appendIdentity(i, n)
		}
		i += n
	}
	text := string(b)
	if needNFC {
		s, outer := nfcWithMap(text)
		text, m = s, m.compose(outer)
	}
	// Chrome is found on the cleaned text, so that what is removed is judged on exactly what
	// the analysis would see; removing spot_img inside a line can expose a chrome line, hence
	// the loop (it ends: every round removes bytes).
	for !o.KeepChrome {
		rs := chromeRanges(text)
		if len(rs) == 0 {
			break
		}
		s, outer := removeRanges(text, rs)
		text, m = s, m.compose(outer)
	}
	t.Text, t.Map = text, m
	return t
}

// removeRanges deletes the sorted, disjoint byte ranges rs from s.
func removeRanges(s string, rs [][2]int) (string, *OffsetMap) {
	out := make([]byte, 0, len(s))
	m := &OffsetMap{origLen: len(s)}
	pos := 0
	for _, r := range rs {
		out = append(out, s[pos:r[0]]...)
		m.appendIdentity(pos, r[0]-pos)
		pos = r[1]
	}
	out = append(out, s[pos:]...)
	m.appendIdentity(pos, len(s)-pos)
	return string(out), m
}

// joinVowel returns the vowel letter that a vowel letter and a following vowel sign stand for
// when typed apart (અ + ા = આ), or 0.
func joinVowel(prev, sign rune) rune {
	switch prev {
	case 'અ':
		switch sign {
		case 'ા':
			return 'આ'
		case 'ે':
			return 'એ'
		case 'ો':
			return 'ઓ'
		case 'ૈ':
			return 'ઐ'
		case 'ૌ':
			return 'ઔ'
		case 'ૅ':
			return 'ઍ'
		case 'ૉ':
			return 'ઑ'
		}
	case 'આ':
		switch sign {
		case 'ે':
			return 'ઓ'
		case 'ૈ':
			return 'ઔ'
		}
	}
	return 0
}

// isDropped reports the invisible characters that only steer rendering or line breaking.
func isDropped(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF':
		return true
	}
	return false
}

// isOtherSpace reports the Unicode space characters other than ASCII space.
func isOtherSpace(r rune) bool {
	switch {
	case r == '\u00A0', r == '\u1680', r >= '\u2000' && r <= '\u200A', r == '\u202F', r == '\u205F', r == '\u3000':
		return true
	}
	return false
}

// nfcInert reports whether r, following prev, can be left to itself by NFC: it neither composes
// with what precedes it nor needs reordering. Gujarati has no compositions, and its only marks
// with a combining class (nukta 7, virama 9) reorder only when a nukta follows a virama.
func nfcInert(r, prev rune) bool {
	if r < utf8.RuneSelf {
		return true
	}
	if r >= blockStart && r < blockEnd {
		return !(r == 0x0ABC && prev == 0x0ACD)
	}
	if r < inertLimit {
		inertOnce.Do(buildInert)
		return inertTable[r/64]&(1<<(r%64)) != 0
	}
	var buf [utf8.UTFMax]byte
	s := buf[:utf8.EncodeRune(buf[:], r)]
	p := norm.NFC.Properties(s)
	return p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(s)
}

const inertLimit = 0x3400

var (
	inertOnce  sync.Once
	inertTable [inertLimit / 64]uint64
)

func buildInert() {
	var buf [utf8.UTFMax]byte
	for r := rune(0); r < inertLimit; r++ {
		s := buf[:utf8.EncodeRune(buf[:], r)]
		p := norm.NFC.Properties(s)
		if p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(s) {
			inertTable[r/64] |= 1 << (r % 64)
		}
	}
}

// nfcWithMap applies NFC to s and returns the map from the result back to s. Runs that are
// already normal are copied as identity; each changed normalization segment becomes an atomic
// replacement.
func nfcWithMap(s string) (string, *OffsetMap) {
	out := make([]byte, 0, len(s))
	m := &OffsetMap{origLen: len(s)}
	i := norm.NFC.QuickSpanString(s)
	out = append(out, s[:i]...)
	m.appendIdentity(0, i)
	var it norm.Iter
	it.InitString(norm.NFC, s[i:])
	for pos := 0; !it.Done(); {
		seg := it.Next()
		next := it.Pos()
		in := s[i+pos : i+next]
		if string(seg) == in {
			m.appendIdentity(i+pos, len(in))
		} else {
			m.appendReplace(i+pos, len(in), len(seg))
		}
		out = append(out, seg...)
		pos = next
	}
	return string(out), m
}
