package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold appends to dst a spelling-folded form of s for exact lookups, where the variants that
// newspapers use for one name must meet: Gujarati long and short i/u (વ્હાઈટ = વ્હાઇટ), candra
// vowels (ઑસ્ટ્રેલિયા = ઓસ્ટ્રેલિયા), nukta, candrabindu, a nasal consonant with virama before a
// stop (જોન્ગ = જોંગ), an anusvara before a consonant that is neither a stop nor મ (હેંરી = હેન્રી),
// the mostly silent હ after a virama (જ્હોન = જોન), a doubled consonant against the single one
// (વેટ્ટેલ = વેટેલ), a vowel after i with or without the glide ય (એસોસિએટેડ = એસોસિયેટેડ), a
// cluster against the same consonants with a vowel between (ડેન્વર = ડેનવર: the virama is
// dropped), ક્ષ against ક્સ (ફોનિક્ષ = ફોનિક્સ), dots of abbreviations (યુ.એસ. = યુએસ, U.S. = US)
// and hyphens (કિમ જોંગ-ઉન); Latin is lower-cased. Unlike Keys, Fold keeps vowels, so it does
// not conflate different names. What dst already holds does not change how s folds. It allocates
// only when dst must grow.
func Fold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '.':
			case c == '-':
				dst = append(dst, ' ')
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		var r rune
		var n int
		if c == 0xE0 && i+2 < len(s) && (s[i+1] == 0xAA || s[i+1] == 0xAB) && s[i+2]&0xC0 == 0x80 {
			// the Gujarati block (U+0A80-0AFF) decoded inline: almost every rune Fold sees
			r, n = 0x0A80+rune(s[i+1]-0xAA)<<6+rune(s[i+2]&0x3F), 3
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch r {
		case 'ઈ':
			r = 'ઇ'
		case 'ી':
			r = 'િ'
		case 'ઊ':
			r = 'ઉ'
		case 'ૂ':
			r = 'ુ'
		case 'ઍ':
			r = 'એ'
		case 'ૅ':
			r = 'ે'
		case 'ઑ':
			r = 'ઓ'
		case 'ૉ':
			r = 'ો'
		case 'ઁ', 'ં':
			r = 'ં'
			// Before a consonant that is not a stop the anusvara is the n of a cluster written
			// the other way (હેંરી = હેન્રી = હેનરી, Henry).
			if next, _ := utf8.DecodeRuneInString(s[i:]); KindOf(next) == Consonant && !isStop(next) && next != 'મ' {
				r = 'ન'
			}
		case '\u0ABC': // nukta
			continue
		case '\u0ACD': // virama
			next, m := utf8.DecodeRuneInString(s[i:])
			if next == 'હ' {
				i += m // ્હ: drop the virama and the h
				continue
			}
			// A doubled consonant is the single one of a loan name written letter for letter
			// (વેટ્ટેલ = વેટેલ, Vettel; કોન્નોર = કોનોર).
			if prev, _ := utf8.DecodeLastRuneInString(s[:i-n]); prev == next && KindOf(prev) == Consonant {
				i += m
				continue
			}
			// A cluster and the same consonants with a vowel between are one spelling of a loan
			// name (ડેન્વર = ડેનવર, કિર્બી = કિરબી): the virama goes.
			continue
		case 'ન', 'મ', 'ણ', 'ઙ', 'ઞ':
			if v, m := utf8.DecodeRuneInString(s[i:]); v == '\u0ACD' {
				if stop, _ := utf8.DecodeRuneInString(s[i+m:]); isStop(stop) {
					dst = utf8.AppendRune(dst, 'ં')
					i += m
					continue
				}
			}
		case 'ક':
			// ક્ષ writes the x of loan names as often as ક્સ does (ફોનિક્ષ = ફોનિક્સ, Phoenix).
			if strings.HasPrefix(s[i:], "\u0ACDષ") {
				dst = append(dst, "કસ"...)
				i += len("\u0ACDષ")
				continue
			}
		case 'અ', 'આ', 'એ', 'ઐ', 'ઓ', 'ઔ':
			// A vowel after i is written with the glide or without it (એસોસિએટેડ =
			// એસોસિયેટેડ, મારિઆ = મારિયા): the glide and a vowel sign.
			if prev, _ := utf8.DecodeLastRuneInString(s[:i-n]); prev == 'િ' || prev == 'ી' {
				dst = append(dst, "ય"...)
				if sign := vowelSignOf[r]; sign != 0 {
					r = sign
				} else {
					continue // અ: the inherent vowel
				}
			}
		case '’', '‘':
			r = '\''
		default:
			if r < 0x0A80 && unicode.IsUpper(r) {
				r = unicode.ToLower(r)
			}
		}
		if r >= 0x0A80 && r <= 0x0AFF {
			dst = append(dst, 0xE0, byte(0xAA+(r-0x0A80)>>6), byte(0x80|r&0x3F))
		} else {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// vowelSignOf maps the independent vowels that may follow the glide to their signs.
var vowelSignOf = map[rune]rune{'આ': 'ા', 'એ': 'ે', 'ઐ': 'ૈ', 'ઓ': 'ો', 'ઔ': 'ૌ'}

// isStop reports the Gujarati stops and affricates (ક..ભ), before which a nasal consonant with
// virama is written interchangeably with anusvara.
func isStop(r rune) bool {
	return r >= 'ક' && r <= 'ભ' && row(r).kind == Consonant && r != 'ન' && r != 'ણ' && r != 'ઙ' && r != 'ઞ'
}
