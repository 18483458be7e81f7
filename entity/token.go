package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// TokenKind tells words from numbers, punctuation and the like.
type TokenKind uint8

// The kinds of tokens.
const (
	Word    TokenKind = iota // letters of one script, with their signs
	Number                   // digits, with inner , . : / (1,200 or 12.5 or 10:30)
	Punct                    // one punctuation character
	Quote                    // one quotation mark: " “ ” ‘ ’ ' « »
	Symbol                   // anything else that is not a space
	URL                      // http://..., www....
	Email                    // a@b.c
	Hashtag                  // #word
	Handle                   // @word
)

// Script is the writing system of a word token.
type Script uint8

// The scripts of word tokens.
const (
	OtherScript Script = iota
	Gujarati
	Latin
)

// Token is a unit of the analysis text. CStart and CEnd are byte offsets in the analysis text
// (Document.Text); Document.Span maps them to the original input.
type Token struct {
	CStart, CEnd int
	Text         string // the analysis text of the token
	Kind         TokenKind
	Script       Script
	SpaceBefore  bool // whitespace precedes the token (or it starts the text)
	Abbrev       bool // a word ending in '.' that is an abbreviation or initials (ડૉ., યુ.એસ., Mr.)
}

// Sentence is a range [First, Last) of a document's tokens.
type Sentence struct {
	First, Last int
}

// gujaratiAbbrevs are words written with a full stop that does not end a sentence: titles and
// other abbreviations, and the letter names used as initials (એ.કે. પટેલ).
var gujaratiAbbrevs = setOf(
	"ડૉ", "ડો", "શ્રી", "શ્રીમતી", "પ્રો", "સ્વ", "તા", "સ્વ", "કુ", "ચિ", "સૌ", "મિ", "મિસ", "શ્રીમાન", "રૂ", "નં", "ઇ.સ", "ઈ.સ", "પો", "જિ", "તાલુ",
	"એ", "બી", "સી", "ડી", "ઇ", "ઈ", "એફ", "જી", "એચ", "આઇ", "આઈ", "જે", "કે", "એલ", "એમ", "એન", "ઓ", "પી", "ક્યુ", "ક્યૂ",
	"આર", "એસ", "ટી", "યુ", "યૂ", "વી", "ડબલ્યુ", "એક્સ", "વાય", "ઝેડ",
)

// visargaWords are the Sanskrit words that end in a visarga other than the adverbs in -તઃ.
var visargaWords = setOf("પુનઃ", "ક્રમશઃ", "પ્રાયઃ", "મનઃ", "નમઃ", "દુઃ", "નિઃ")

// letterLatin maps the Gujarati spellings of Latin letter names, written as initials (આર. બી.
// ગોહિલ, એમ.કે. દાસ), to their letters.
var letterLatin = map[string]string{"એ": "A", "બી": "B", "સી": "C", "ડી": "D", "ઇ": "E", "ઈ": "E", "એફ": "F",
	"જી": "G", "એચ": "H", "આઇ": "I", "આઈ": "I", "જે": "J", "કે": "K", "એલ": "L", "એમ": "M", "એન": "N", "ઓ": "O",
	"પી": "P", "ક્યુ": "Q", "ક્યૂ": "Q", "આર": "R", "એસ": "S", "ટી": "T", "યુ": "U", "યૂ": "U", "વી": "V",
	"ડબલ્યુ": "W", "એક્સ": "X", "વાય": "Y", "ઝેડ": "Z"}

// letterNames is the set of letterLatin's keys.
var letterNames = func() map[string]bool {
	m := make(map[string]bool, len(letterLatin))
	for k := range letterLatin {
		m[k] = true
	}
	return m
}()

// latinAbbrevs are English abbreviations that do not end a sentence.
var latinAbbrevs = setOf("mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gen", "lt", "col", "capt",
	"jr", "sr", "vs", "no", "inc", "ltd", "co", "corp", "gov", "sgt", "rev", "hon", "mt", "ft", "jan", "feb",
	"mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

type runeClass uint8

const (
	cSpace runeClass = iota
	cGujarati
	cLatin
	cDigit
	cMark // a combining mark of another script: stays with the token before it
	cQuote
	cPunct
	cOtherLetter
	cSymbol
)

func classify(r rune) runeClass {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			return cSpace
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			return cLatin
		case '0' <= r && r <= '9':
			return cDigit
		case r == '"' || r == '\'' || r == '`':
			return cQuote
		case r < ' ' || r == 0x7f:
			return cSymbol
		}
		if strings.ContainsRune("!#%&()*,-./:;?@[\\]{}|~_", r) {
			return cPunct
		}
		return cSymbol
	case normalize.IsGujarati(r):
		if normalize.DigitValue(r) >= 0 {
			return cDigit
		}
		if normalize.IsGujaratiLetter(r) {
			return cGujarati
		}
		return cSymbol // ૰ ૱
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '«' || r == '»' || r == '„' || r == '‚' || r == '‹' || r == '›':
		return cQuote
	case unicode.IsSpace(r):
		return cSpace
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
		return cMark
	case unicode.Is(unicode.Latin, r):
		return cLatin
	case unicode.IsLetter(r):
		return cOtherLetter
	case unicode.IsDigit(r):
		return cDigit
	case unicode.IsPunct(r):
		return cPunct
	}
	return cSymbol
}

// tokenize splits the analysis text into tokens. It never splits a letter from its signs, and
// splits a Latin word from a Gujarati suffix glued to it (Kirbyની = Kirby + ની).
func tokenize(text string, toks []Token) []Token {
	space := true
	for i := 0; i < len(text); {
		r, n := decodeRune(text[i:])
		c := classify(r)
		if c == cSpace {
			space = true
			i += n
			continue
		}
		start := i
		tok := Token{CStart: start, SpaceBefore: space}
		space = false
		switch {
		case c == cLatin && (hasPrefixFold(text[i:], "http://") || hasPrefixFold(text[i:], "https://") || hasPrefixFold(text[i:], "www.")):
			i = scanNonSpace(text, i)
			i = trimTrailingPunct(text, start, i)
			tok.Kind = URL
		case (c == cLatin || c == cDigit) && isEmailAt(text, i):
			i = scanNonSpace(text, i)
			i = trimTrailingPunct(text, start, i)
			tok.Kind = Email
		case (r == '#' || r == '@') && i+1 < len(text) && isWordStart(text[i+1:]):
			i += n
			i = scanWord(text, i, classOf(text[i:]))
			tok.Kind = Hashtag
			if r == '@' {
				tok.Kind = Handle
			}
		case c == cGujarati || c == cLatin || c == cOtherLetter:
			i = scanWord(text, i, c)
			tok.Kind = Word
			tok.Script = map[runeClass]Script{cGujarati: Gujarati, cLatin: Latin, cOtherLetter: OtherScript}[c]
		case c == cDigit:
			i = scanNumber(text, i)
			tok.Kind = Number
		case c == cMark:
			i += n
			for i < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if classify(r2) != cMark {
					break
				}
				i += n2
			}
			tok.Kind = Symbol
		case c == cQuote:
			i += n
			tok.Kind = Quote
		case c == cPunct:
			i += n
			if r == '.' { // an ellipsis written as dots is one token
				for i < len(text) && text[i] == '.' {
					i++
				}
			}
			tok.Kind = Punct
		default:
			i += n
			tok.Kind = Symbol
		}
		// A visarga at the end of a word is a colon typed with the wrong key (કહ્યુંઃ “...”,
		// લંડનડેરીઃ, સવાલઃ) except in the Sanskrit adverbs that end in it (સંભવતઃ, પુનઃ,
		// ક્રમશઃ). It becomes a token of its own.
		if w := text[start:i]; tok.Kind == Word && tok.Script == Gujarati && strings.HasSuffix(w, "ઃ") &&
			len(w) > len("ઃ") && !strings.HasSuffix(w, "તઃ") && !visargaWords[w] {
			i -= len("ઃ")
			tok.CEnd, tok.Text = i, text[start:i]
			toks = append(toks, tok)
			toks = append(toks, Token{CStart: i, CEnd: i + len("ઃ"), Text: "ઃ", Kind: Punct})
			i += len("ઃ")
			continue
		}
		tok.CEnd = i
		tok.Text = text[start:i]
		if tok.Kind == Word {
			if end, ok := abbrevEnd(text, tok); ok {
				tok.CEnd = end
				tok.Text = text[start:end]
				tok.Abbrev = true
				i = end
			}
		}
		toks = append(toks, tok)
	}
	return toks
}

func classOf(s string) runeClass {
	r, _ := decodeRune(s)
	return classify(r)
}

func isWordStart(s string) bool {
	c := classOf(s)
	return c == cGujarati || c == cLatin || c == cOtherLetter || c == cDigit
}

// scanWord extends a word of class c from i: letters of the same script and marks; an apostrophe
// or a dot between Latin letters (O'Brien, U.S) and a dot between short Gujarati pieces (યુ.એસ)
// stay inside.
// decodeRune is utf8.DecodeRuneInString with the Gujarati block (U+0A80-0AFF, three bytes)
// decoded inline: almost every rune of the text, which the library's slow path would take.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xE0 && (s[1] == 0xAA || s[1] == 0xAB) && s[2]&0xC0 == 0x80 {
		return 0x0A80 + rune(s[1]-0xAA)<<6 + rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

func scanWord(text string, i int, c runeClass) int {
	for i < len(text) {
		r, n := decodeRune(text[i:])
		k := classify(r)
		switch {
		case k == c || k == cMark || (c == cGujarati && normalize.IsCombining(r)):
			i += n
			continue
		case c == cLatin && (r == '\'' || r == '’') && i+n < len(text) && classOf(text[i+n:]) == cLatin:
			i += n
			continue
		case c == cGujarati && (r == '\'' || r == '’') && i+n < len(text) && classOf(text[i+n:]) == cGujarati && shortPiece(text, i, c) &&
			utf8.RuneCountInString(text[wordStart(text, i, c):i]) <= 2:
			i += n // an Irish or Portuguese name written in Gujarati: ઓ’હેગન, ડી’સોઝા
			continue
		case r == '&' && c == cLatin && i > 0 && i+1 < len(text) && isUpperASCII(text[i-1]) && isUpperASCII(text[i+1]):
			i++ // an ampersand inside a capital abbreviation: L&T, AT&T, P&G
			continue
		case r == '.' && i+1 < len(text) && classOf(text[i+1:]) == c && shortPiece(text, i, c):
			i += n
			continue
		}
		break
	}
	return i
}

// wordStart returns where the run of class c that ends at i starts.
func wordStart(text string, i int, c runeClass) int {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if classify(r) != c && !(c == cGujarati && normalize.IsCombining(r)) {
			break
		}
		j -= n
	}
	return j
}

func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// shortPiece reports whether the word piece ending at a dot at i is short enough to be a letter
// of an abbreviation (યુ in યુ.એસ, U in U.S).
func shortPiece(text string, dot int, c runeClass) bool {
	j := dot
	runes := 0
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if classify(r) != c && !(c == cGujarati && normalize.IsCombining(r)) {
			break
		}
		j -= n
		runes++
	}
	if c == cLatin {
		return runes <= 2
	}
	return runes <= 4
}

func scanNumber(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if classify(r) == cDigit {
			i += n
			continue
		}
		if (r == ',' || r == '.' || r == ':' || r == '/') && i+1 < len(text) && classOf(text[i+1:]) == cDigit {
			i += n
			continue
		}
		break
	}
	return i
}

func scanNonSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if classify(r) == cSpace {
			break
		}
		i += n
	}
	return i
}

// trimTrailingPunct keeps a sentence's final punctuation out of a URL or e-mail.
func trimTrailingPunct(text string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if c := classify(r); c == cPunct || c == cQuote || r == '।' {
			if r == '/' {
				break
			}
			end -= n
			continue
		}
		break
	}
	return end
}

func isEmailAt(text string, i int) bool {
	end := scanNonSpace(text, i)
	at := strings.IndexByte(text[i:end], '@')
	if at <= 0 {
		return false
	}
	dot := strings.LastIndexByte(text[i:end], '.')
	return dot > at+1 && dot < end-i-1
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// abbrevEnd reports whether a word followed by '.' is an abbreviation, returning the end of the
// token with its dot.
func abbrevEnd(text string, t Token) (int, bool) {
	if t.CEnd >= len(text) || text[t.CEnd] != '.' {
		return 0, false
	}
	w := t.Text
	abbrev := false
	switch t.Script {
	case Gujarati:
		abbrev = gujaratiAbbrevs[w] || strings.Contains(w, ".")
	case Latin:
		lw := strings.ToLower(w)
		abbrev = latinAbbrevs[lw] || strings.Contains(w, ".") ||
			utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0])
	}
	if !abbrev {
		return 0, false
	}
	// A dot at the very end of the text, or before a line break, also ends the sentence;
	// the abbreviation still keeps its dot.
	return t.CEnd + 1, true
}

// splitSentences groups tokens into sentences. A sentence ends after . ? ! । ॥ (and the closing
// quotes and brackets that follow), and at a line break: news puts headlines and paragraphs on
// lines of their own. An abbreviation ends a sentence only at a line break or the end.
func splitSentences(text string, toks []Token, out []Sentence) []Sentence {
	first := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		end := false
		switch {
		case t.Kind == Punct && (t.Text == "?" || t.Text == "!" || t.Text == "।" || t.Text == "॥" || strings.HasPrefix(t.Text, ".")):
			end = true
		case t.Abbrev:
			end = i+1 < len(toks) && strings.ContainsRune(text[t.CEnd:toks[i+1].CStart], '\n')
		}
		if end {
			// closing quotes and brackets belong to the sentence they close
			for i+1 < len(toks) && !newlineBetween(text, toks[i], toks[i+1]) &&
				(toks[i+1].Kind == Quote && isClosingQuote(text, toks, i+1) || toks[i+1].Text == ")" || toks[i+1].Text == "]" || toks[i+1].Kind == Punct && (toks[i+1].Text == "?" || toks[i+1].Text == "!" || toks[i+1].Text == ".")) {
				i++
			}
			out = append(out, Sentence{first, i + 1})
			first = i + 1
			continue
		}
		if i+1 < len(toks) && newlineBetween(text, t, toks[i+1]) {
			out = append(out, Sentence{first, i + 1})
			first = i + 1
		}
	}
	if first < len(toks) {
		out = append(out, Sentence{first, len(toks)})
	}
	return out
}

func newlineBetween(text string, a, b Token) bool {
	return strings.ContainsRune(text[a.CEnd:b.CStart], '\n')
}

// isClosingQuote reports whether the quote token at i closes rather than opens: it is a closing
// mark, or a straight quote glued to the token before it.
func isClosingQuote(text string, toks []Token, i int) bool {
	switch toks[i].Text {
	case "”", "’", "»", "›":
		return true
	case "“", "‘", "«", "‹", "„", "‚":
		return false
	}
	return !toks[i].SpaceBefore
}
