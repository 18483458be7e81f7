// Command kathan prints who and what is named in Gujarati news, and who claims what, as JSON.
//
//	go run ./examples/kathan testdata/seed.txt          # one document: one JSON object
//	go run ./examples/kathan -pretty testdata/seed.txt  # indented
//	go run ./examples/kathan -jsonl testdata/fixtures   # a corpus: one JSON object a line
//	cat article.txt | go run ./examples/kathan          # standard input
//
// Run with -h for every flag. Exit status: 0 on success, 1 when an input could not be read or is
// not text (the others are still processed), 2 for bad flags.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
