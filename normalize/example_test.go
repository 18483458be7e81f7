package normalize_test

import (
	"fmt"

	"github.com/kathan-nlp/kathan/normalize"
)

func ExampleClean() {
	raw := "spot_img\nઅાજે\u00a0પુતિને ૧૨ મિસાઈલ માંગી"
	t := normalize.Clean(raw)
	fmt.Printf("%q\n", t.Text)

	// Spans of the analysis text map back to the original bytes.
	i := 0 // "આજે" starts the analysis text; in the original it was typed અ + ા.
	start, end := t.Span(i, i+len("આજે"))
	fmt.Printf("%q at [%d,%d)\n", raw[start:end], start, end)
	// Output:
	// "આજે પુતિને 12 મિસાઈલ માંગી"
	// "અાજે" at [9,21)
}

func ExampleClean_invalidUTF8() {
	t := normalize.Clean("ok \xff ok")
	fmt.Printf("%+q %v\n", t.Text, t.Warnings())
	// Output: "ok \ufffd ok" [invalid UTF-8 replaced by U+FFFD at byte 3 (1 byte)]
}

func ExampleASCII() {
	fmt.Println(normalize.ASCII("વ્લાદિમીર પુતિન"), "|", normalize.ISO("વ્લાદિમીર પુતિન"))
	// Output: vladimir putin | vlādimīra putina
}

func ExampleMatch() {
	fmt.Println(normalize.Match("પુતિન", "Putin"), normalize.Match("વ્હાઈટ હાઉસ", "White House"), normalize.Match("પુતિન", "Biden"))
	fmt.Println(normalize.Keys("કિમ જોંગ ઉન"), normalize.Keys("CBI"))
	// Output:
	// true true false
	// [KMJNGAN] [KB SB]
}

func ExampleSimilarity() {
	for _, c := range []string{"Putin", "Patton", "Biden"} {
		fmt.Printf("%s %.2f\n", c, normalize.Similarity("પુતિન", c))
	}
	// Output:
	// Putin 1.00
	// Patton 0.75
	// Biden 0.27
}
