// Package eval loads the annotated fixtures of testdata/fixtures (format in FORMAT.md there) and
// scores predictions against them: precision, recall and F1 for entity mentions (strict and
// overlap) and for claims. Both the entity and the claims tests use it, so there is one
// implementation of the metrics.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Types are the entity types of the gold standard.
var Types = []string{"PERSON", "LOCATION", "ORGANIZATION"}

// Mention is a gold or predicted entity mention: a byte span of the plain text.
type Mention struct {
	Start, End int
	Type       string
	Text       string
}

// Claim is a gold claim, with the guideline fields and their byte offsets resolved in the plain
// text (-1 where the field is null).
type Claim struct {
	Sentence     string  `json:"sentence"`
	Source       *string `json:"source"`
	SourceKind   string  `json:"source_kind"`
	Cue          string  `json:"cue"`
	ContentFirst string  `json:"content_first"`
	ContentLast  string  `json:"content_last"`
	Stance       string  `json:"stance"`
	Form         string  `json:"form"`
	Time         *string `json:"time"`
	Frequency    *string `json:"frequency"`
	Parent       *int    `json:"parent"`

	SentenceStart            int `json:"-"`
	CueStart, CueEnd         int `json:"-"`
	SourceStart, SourceEnd   int `json:"-"`
	ContentStart, ContentEnd int `json:"-"`
}

// Doc is one annotated document.
type Doc struct {
	Name     string
	Text     string // the plain text, markup removed
	Mentions []Mention
	Claims   []Claim
}

// LoadDir loads every fixture (*.txt with its .claims.jsonl) in dir, sorted by name.
func LoadDir(dir string) ([]Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var docs []Doc
	for _, f := range files {
		d, err := LoadFile(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("eval: no fixtures in %s", dir)
	}
	return docs, nil
}

// LoadFile loads one annotated text and, if present, its claims file.
func LoadFile(path string) (Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Doc{}, err
	}
	name := strings.TrimSuffix(filepath.Base(path), ".txt")
	text, ms, err := ParseMarkup(string(b))
	if err != nil {
		return Doc{}, fmt.Errorf("%s: %w", path, err)
	}
	d := Doc{Name: name, Text: text, Mentions: ms}
	cpath := strings.TrimSuffix(path, ".txt") + ".claims.jsonl"
	if _, err := os.Stat(cpath); err == nil {
		d.Claims, err = loadClaims(cpath, text)
		if err != nil {
			return Doc{}, err
		}
	}
	return d, nil
}

// ParseMarkup removes [[surface|TYPE]] markup and returns the plain text and the mentions.
func ParseMarkup(s string) (string, []Mention, error) {
	var sb strings.Builder
	var ms []Mention
	for {
		i := strings.Index(s, "[[")
		if i < 0 {
			sb.WriteString(s)
			break
		}
		sb.WriteString(s[:i])
		s = s[i+2:]
		j := strings.Index(s, "]]")
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed [[ at %q", head(s))
		}
		inner := s[:j]
		bar := strings.LastIndex(inner, "|")
		if bar < 0 {
			return "", nil, fmt.Errorf("no |TYPE in [[%s]]", inner)
		}
		surface, typ := inner[:bar], inner[bar+1:]
		if !validType(typ) || surface == "" || strings.ContainsAny(surface, "[]\n") {
			return "", nil, fmt.Errorf("bad mention [[%s]]", inner)
		}
		start := sb.Len()
		sb.WriteString(surface)
		ms = append(ms, Mention{Start: start, End: sb.Len(), Type: typ, Text: surface})
		s = s[j+2:]
	}
	return sb.String(), ms, nil
}

func validType(t string) bool {
	for _, x := range Types {
		if t == x {
			return true
		}
	}
	return false
}

func head(s string) string {
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}

func loadClaims(path, text string) ([]Claim, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cs []Claim
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c Claim
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if err := c.resolve(text); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if c.Parent != nil && (*c.Parent < 0 || *c.Parent >= len(cs)+1) {
			// parents may point forward only within the file; checked after loading
		}
		cs = append(cs, c)
	}
	for i, c := range cs {
		if c.Parent != nil && (*c.Parent < 0 || *c.Parent >= len(cs) || *c.Parent == i) {
			return nil, fmt.Errorf("%s: claim %d: bad parent %d", path, i, *c.Parent)
		}
	}
	return cs, sc.Err()
}

// resolve finds the claim's fields in the text and checks the guideline rules.
func (c *Claim) resolve(text string) error {
	c.SentenceStart = uniqueIndex(text, c.Sentence)
	if c.SentenceStart < 0 {
		return fmt.Errorf("sentence %q does not occur exactly once", head(c.Sentence))
	}
	in := func(field, sub string) (int, error) {
		i := uniqueIndex(c.Sentence, sub)
		if i < 0 {
			return -1, fmt.Errorf("%s %q does not occur exactly once in its sentence", field, sub)
		}
		return c.SentenceStart + i, nil
	}
	var err error
	if c.CueStart, err = in("cue", c.Cue); err != nil {
		return err
	}
	c.CueEnd = c.CueStart + len(c.Cue)
	c.SourceStart, c.SourceEnd = -1, -1
	if c.Source != nil {
		if c.SourceStart, err = in("source", *c.Source); err != nil {
			return err
		}
		c.SourceEnd = c.SourceStart + len(*c.Source)
	}
	if c.ContentStart, err = in("content_first", c.ContentFirst); err != nil {
		return err
	}
	k := strings.Index(c.Sentence[c.ContentStart-c.SentenceStart:], c.ContentLast)
	if k < 0 {
		return fmt.Errorf("content_last %q not after content_first", c.ContentLast)
	}
	c.ContentEnd = c.ContentStart + k + len(c.ContentLast)
	if c.Stance == "" || c.SourceKind == "" {
		return fmt.Errorf("missing stance or source_kind")
	}
	return nil
}

// uniqueIndex returns the index of sub in s when it occurs exactly once, else -1.
func uniqueIndex(s, sub string) int {
	if sub == "" {
		return -1
	}
	i := strings.Index(s, sub)
	if i < 0 || strings.Contains(s[i+1:], sub) {
		return -1
	}
	return i
}
