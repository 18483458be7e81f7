package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kathan-nlp/kathan"
	"github.com/kathan-nlp/kathan/internal/eval"
)

// runCLI runs the command in-process.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// checkSpans verifies that every span of a result is a byte range of the input with its text.
func checkSpans(t *testing.T, input []byte, r kathan.Result) {
	t.Helper()
	for _, m := range r.Mentions {
		if string(input[m.Start:m.End]) != m.Text {
			t.Errorf("mention %q at [%d,%d) is %q in the input", m.Text, m.Start, m.End, input[m.Start:m.End])
		}
	}
	for _, c := range r.Claims {
		for _, s := range []struct {
			start, end int
			text       string
		}{{c.Cue.Start, c.Cue.End, c.Cue.Text}, {c.Content.Start, c.Content.End, c.Content.Text}} {
			if string(input[s.start:s.end]) != s.text {
				t.Errorf("claim span %q at [%d,%d) is %q in the input", s.text, s.start, s.end, input[s.start:s.end])
			}
		}
	}
}

func TestSingleFile(t *testing.T) {
	code, out, errs := runCLI(t, "", "../../testdata/seed.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r kathan.Result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	input, _ := os.ReadFile("../../testdata/seed.txt")
	type summary struct {
		File                      string
		Bytes, Entities, Claims   int
		Warnings                  []string
		FirstEntity, FirstMention string
	}
	got := summary{r.File, r.Bytes, len(r.Entities), len(r.Claims), r.Warnings, r.Entities[0].Name, r.Mentions[0].Text}
	want := summary{"", 5223, 15, 8, []string{}, "Ukraine", "યુક્રેન"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	checkSpans(t, input, r)
	if !strings.Contains(out, `"claims":[`) || !strings.Contains(out, `"warnings":[]`) {
		t.Errorf("arrays must be present even when empty")
	}
}

func TestStdin(t *testing.T) {
	code, out, _ := runCLI(t, "કિર્બીએ કહ્યું કે રશિયા શસ્ત્રો શોધે છે.")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var r kathan.Result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	type row struct{ Source, Cue, Content string }
	var got []row
	for _, c := range r.Claims {
		got = append(got, row{c.Source.Text, c.Cue.Text, c.Content.Text})
	}
	if diff := cmp.Diff([]row{{"કિર્બી", "કહ્યું", "રશિયા શસ્ત્રો શોધે છે"}}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// writeCorpus writes plain fixture texts into a temporary folder and returns it.
func writeCorpus(t *testing.T, n int) (string, []string) {
	t.Helper()
	docs, err := eval.LoadDir("../../testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var names []string
	for i, d := range docs[:n] {
		p := filepath.Join(dir, "sub", d.Name+".txt")
		if i%2 == 0 {
			p = filepath.Join(dir, d.Name+".txt")
		}
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(d.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}
	return dir, names
}

func lines(t *testing.T, out string) []kathan.Result {
	t.Helper()
	var rs []kathan.Result
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r kathan.Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line is not JSON: %v", err)
		}
		rs = append(rs, r)
	}
	return rs
}

// TestCorpus runs a folder with several workers: one line per file, in sorted path order, the
// same output as one worker (run it with -race: all workers share one recognizer).
func TestCorpus(t *testing.T) {
	n := 12
	if testing.Short() {
		n = 6
	}
	dir, _ := writeCorpus(t, n)
	code, out4, errs := runCLI(t, "", "-j", "4", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, out1, _ := runCLI(t, "", "-j", "1", dir)
	if out1 != out4 {
		t.Errorf("-j 4 output differs from -j 1")
	}
	rs := lines(t, out4)
	var files []string
	for _, r := range rs {
		files = append(files, r.File)
	}
	want := append([]string(nil), files...)
	for i := 1; i < len(want); i++ {
		if want[i] < want[i-1] {
			t.Errorf("files out of order: %q", files)
			break
		}
	}
	if len(rs) != n {
		t.Errorf("%d lines, want %d", len(rs), n)
	}
	for _, r := range rs {
		input, _ := os.ReadFile(r.File)
		checkSpans(t, input, r)
	}
}

// TestBadInputs: each bad input gets a message naming it and the reason on stderr, the other
// files are still processed, and the exit status is 1.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("a-good.txt", []byte("પુતિને કહ્યું કે રશિયા તૈયાર છે."))
	empty := write("b-empty.txt", nil)
	binary := write("c-binary.txt", []byte("PK\x03\x04\x00\x00binary"))
	invalid := write("d-invalid.txt", []byte("રશિયા \xff\xfe યુક્રેન"))
	longLine := write("e-longline.txt", bytes.Repeat([]byte("ક"), 2<<20))
	missing := filepath.Join(dir, "missing.txt")
	emptyDir := filepath.Join(dir, "nothing-here")
	os.Mkdir(emptyDir, 0o755)

	code, out, errs := runCLI(t, "", good, empty, binary, invalid, longLine, missing, emptyDir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		binary + ": not text",
		missing + ": no such file or directory",
		emptyDir + `: no files match "*.txt"`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	rs := lines(t, out)
	type row struct {
		File     string
		Warnings []string
	}
	var got []row
	for _, r := range rs {
		got = append(got, row{r.File, r.Warnings})
	}
	want := []row{
		{good, []string{}},
		{empty, []string{"empty input"}},
		{invalid, []string{"invalid UTF-8 replaced by U+FFFD at byte 16 (2 bytes)"}},
		{longLine, []string{}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
}

func TestFlags(t *testing.T) {
	if code, _, errs := runCLI(t, "", "-nosuchflag"); code != 2 || !strings.Contains(errs, "-nosuchflag") {
		t.Errorf("bad flag: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runCLI(t, "", "-j", "0", "x"); code != 2 {
		t.Errorf("-j 0: exit %d, want 2", code)
	}
	code, _, errs := runCLI(t, "", "-h")
	if code != 0 {
		t.Errorf("-h: exit %d", code)
	}
	for _, f := range []string{"-jsonl", "-pretty", "-j", "-glob", "-progress", "Examples:"} {
		if !strings.Contains(errs, f) {
			t.Errorf("-h does not document %s", f)
		}
	}
}

// TestLargeFile streams a file over the streaming threshold: one JSON object whose offsets are
// those of the whole file.
func TestLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	seed, _ := os.ReadFile("../../testdata/seed.txt")
	var b bytes.Buffer
	for b.Len() <= streamThreshold {
		b.Write(seed)
		b.WriteString("\n\n")
	}
	p := filepath.Join(t.TempDir(), "large.txt")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rs := lines(t, out)
	if len(rs) != 1 {
		t.Fatalf("%d objects, want 1", len(rs))
	}
	r := rs[0]
	checkSpans(t, b.Bytes(), r)
	copies := b.Len() / (len(seed) + 2)
	if len(r.Claims) != 8*copies {
		t.Errorf("%d claims in %d copies of the seed, want %d", len(r.Claims), copies, 8*copies)
	}
	if len(r.Entities) != 15 {
		t.Errorf("%d entities, want the seed's 15 merged across chunks", len(r.Entities))
	}
}
