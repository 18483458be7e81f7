package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// newsText returns the fixture corpus as plain text (markup removed): real Gujarati news with
// English mixed in, about 0.3 MB.
func newsText(tb testing.TB) string {
	files, _ := filepath.Glob("../testdata/fixtures/*.txt")
	seed, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var sb strings.Builder
	sb.Write(seed)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		sb.WriteString(markup.ReplaceAllString(string(b), "$1"))
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkClean measures the whole clean-up on Gujarati news text; compare with BenchmarkNFC,
// x/text's NFC alone on the same text.
func BenchmarkClean(b *testing.B) {
	text := newsText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Clean(text)
	}
}

// BenchmarkCleanDocument cleans one seed-sized document at a time, as a pipeline does; its
// allocations per op must not grow with the number of tokens (compare with BenchmarkClean).
func BenchmarkCleanDocument(b *testing.B) {
	src, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(src)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Clean(text)
	}
}

func BenchmarkNFC(b *testing.B) {
	text := newsText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		norm.NFC.String(text)
	}
}

func BenchmarkKeys(b *testing.B) {
	names := []string{"પુતિન", "Putin", "કિમ જોંગ ઉન", "Kim Jong Un", "વ્હાઇટ હાઉસ", "White House"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			Keys(n)
		}
	}
}
