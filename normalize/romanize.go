package normalize

import (
	"strings"
	"unicode/utf8"
)

// ISO returns the ISO 15919 romanization of the Gujarati in s, with full diacritics
// (ગુજરાત -> gujarāta, ક્ષ -> kṣa). The inherent vowel is always written, as the standard asks;
// e and o are written without macrons, which ISO 15919 allows for scripts without short e and o.
// A colon separates letters that would otherwise read as one (ક્હ -> k:ha, કઇ -> kaï is written
// with a diaeresis). Latin and all other text passes through unchanged.
func ISO(s string) string { return romanize(s, true) }

// ASCII returns a plain lower-case ASCII form of the Gujarati in s for display and search,
// following English spelling habits (ઝ z, ફ f, શ sh, ચ ch) and deleting the inherent vowel at the
// end of a word (પુતિન -> putin, ફ્રાન્સ -> frans), except after a cluster ending in ર, ય or વ and in
// one-letter words, where it is spoken (ઇન્દ્ર -> indra, સત્ય -> satya, ક -> ka). Latin and all other text passes
// through unchanged.
func ASCII(s string) string { return romanize(s, false) }

func romanize(s string, iso bool) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/2)
	pending := false  // a consonant was written and waits for its vowel
	conjunct := false // that consonant follows a virama (the final akshara is a cluster)
	aksharas := 0     // aksharas so far in the current word
	lastISO := ""     // ISO form of the pending consonant, for the k:h rule
	afterVirama := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			sb.WriteByte(s[i])
			i++
			continue
		}
		l := row(r)
		next, nn := utf8.DecodeRuneInString(s[i+n:])
		if nn == 0 {
			next = -1
		}
		// Close a pending consonant: the inherent vowel, unless a sign or virama follows.
		if pending && l.kind != VowelSign && l.kind != Virama && l.kind != Nukta {
			switch {
			case iso:
				sb.WriteByte('a')
			case IsGujaratiLetter(r) || conjunct || aksharas <= 1:
				sb.WriteByte('a')
			}
			pending = false
			if iso && l.kind == VowelLetter && (r == 'ઇ' || r == 'ઈ' || r == 'ઉ' || r == 'ઊ') {
				// a + i would read as the diphthong ai: ISO marks the hiatus.
				sb.WriteString(map[rune]string{'ઇ': "ï", 'ઈ': "ï", 'ઉ': "ü", 'ઊ': "ü"}[r])
				if r == 'ઈ' || r == 'ઊ' {
					sb.WriteString("\u0304")
				}
				i += n
				aksharas++
				continue
			}
		}
		switch l.kind {
		case Unassigned:
			aksharas = 0
			conjunct = false
			sb.WriteString(s[i : i+n])
		case Consonant:
			conjunct = afterVirama && (r == 'ર' || r == 'ય' || r == 'વ')
			form := l.ascii
			if iso {
				form = l.iso
			}
			if next == 0x0ABC {
				if f, ok := nuktaForms[r]; ok {
					form = f[1]
					if iso {
						form = f[0]
					}
				} else if iso {
					form += "\u0323"
				}
				n += nn
			}
			if iso && afterVirama && r == 'હ' && strings.ContainsAny(lastISO, "kgcjṭḍtdpb") && !strings.HasSuffix(lastISO, "h") {
				sb.WriteByte(':')
			}
			sb.WriteString(form)
			lastISO = form
			pending = true
			if !afterVirama {
				aksharas++
			}
		case VowelLetter:
			if iso {
				sb.WriteString(l.iso)
			} else {
				sb.WriteString(l.ascii)
			}
			aksharas++
			conjunct = false
		case VowelSign:
			if iso {
				sb.WriteString(l.iso)
			} else {
				sb.WriteString(l.ascii)
			}
			pending, conjunct = false, false
		case Virama:
			pending = false
		case Nasal:
			switch {
			case iso:
				sb.WriteString(l.iso)
			case next == 'પ' || next == 'ફ' || next == 'બ' || next == 'ભ' || next == 'મ':
				sb.WriteByte('m')
			default:
				sb.WriteByte('n')
			}
		case Nukta, Mark:
			if iso {
				sb.WriteString(l.iso)
			}
		case Visarga, Avagraha, Symbol, Digit:
			if iso {
				sb.WriteString(l.iso)
			} else {
				sb.WriteString(l.ascii)
			}
			if l.kind == Digit || l.kind == Symbol {
				aksharas = 0
			}
		}
		afterVirama = l.kind == Virama
		i += n
	}
	if pending {
		if iso || conjunct || aksharas <= 1 {
			sb.WriteByte('a')
		}
	}
	return sb.String()
}
