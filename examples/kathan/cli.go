package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/kathan-nlp/kathan"
)

const usage = `kathan: who and what is named in Gujarati news, and who claims what, as JSON.

Usage:
  kathan [flags] [FILE|DIR ...]

With one FILE, prints one JSON object. With several inputs, a directory (walked recursively for
files matching -glob) or -jsonl, prints one JSON object per line, each with its "file", in a
fixed order (the order of the arguments, and sorted paths within a directory). Without inputs,
reads standard input.

Examples:
  kathan testdata/seed.txt
  kathan -pretty testdata/seed.txt
  kathan -jsonl -j 2 testdata/fixtures > out.jsonl
  cat article.txt | kathan

Exit status: 0 on success; 1 when an input could not be read or is not text (each is named on
standard error with the reason, and the others are still processed); 2 for bad flags.

Flags:
`

type options struct {
	jsonl    bool
	pretty   bool
	jobs     int
	glob     string
	progress bool
}

// run is the whole command, with its streams passed in so tests can run it in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("kathan", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var o options
	fl.BoolVar(&o.jsonl, "jsonl", false, "print JSON Lines (one object per document, with \"file\") even for one input")
	fl.BoolVar(&o.pretty, "pretty", false, "indent the JSON (not with JSON Lines, nor for files over 8 MB, which are streamed on one line)")
	fl.IntVar(&o.jobs, "j", runtime.NumCPU(), "documents analyzed in parallel")
	fl.StringVar(&o.glob, "glob", "*.txt", "file name pattern for files found in directories")
	fl.BoolVar(&o.progress, "progress", false, "report progress on standard error (default: only when it is a terminal)")
	fl.Usage = func() {
		fmt.Fprint(stderr, usage)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if o.jobs < 1 {
		fmt.Fprintln(stderr, "kathan: -j must be at least 1")
		return 2
	}
	if _, err := filepath.Match(o.glob, "x"); err != nil {
		fmt.Fprintf(stderr, "kathan: bad -glob %q: %v\n", o.glob, err)
		return 2
	}
	if !o.progress && isTerminal(stderr) {
		o.progress = true
	}

	if fl.NArg() == 0 {
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "kathan: standard input: %v\n", err)
			return 1
		}
		res, err := analyze("", data)
		if err != nil {
			fmt.Fprintf(stderr, "kathan: standard input: %v\n", err)
			return 1
		}
		if o.jsonl {
			res.File = "-"
		}
		return writeOne(stdout, stderr, res, o.pretty && !o.jsonl)
	}

	inputs, failed := expand(fl.Args(), o.glob, stderr)
	single := len(inputs) == 1 && len(fl.Args()) == 1 && !o.jsonl && !isDir(fl.Args()[0])
	if single {
		if info, err := os.Stat(inputs[0]); err == nil && info.Size() > streamThreshold {
			// too large to hold: streamed, one line, with its "file"
			if err := streamFile(inputs[0], info.Size(), stdout); err != nil {
				fmt.Fprintf(stderr, "kathan: %s: %v\n", inputs[0], err)
				return 1
			}
			return 0
		}
		res, err := analyzeFile(inputs[0])
		if err != nil {
			fmt.Fprintf(stderr, "kathan: %s: %v\n", inputs[0], err)
			return 1
		}
		res.File = "" // one document: the schema has "file" only in JSON Lines
		if code := writeOne(stdout, stderr, res, o.pretty); code != 0 {
			return code
		}
		if failed {
			return 1
		}
		return 0
	}
	if !corpus(inputs, o, stdout, stderr) {
		failed = true
	}
	if failed {
		return 1
	}
	return 0
}

func writeOne(stdout, stderr io.Writer, res *kathan.Result, pretty bool) int {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(res); err != nil {
		fmt.Fprintf(stderr, "kathan: writing output: %v\n", err)
		return 1
	}
	return 0
}

// expand turns the arguments into a list of files: files as given, directories walked for
// files matching glob, sorted. Problems are reported on stderr; failed says there were any.
func expand(args []string, glob string, stderr io.Writer) (files []string, failed bool) {
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil {
			fmt.Fprintf(stderr, "kathan: %s: %v\n", a, reason(err))
			failed = true
			continue
		}
		if !info.IsDir() {
			files = append(files, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "kathan: %s: %v\n", p, reason(err))
				failed = true
				return nil
			}
			if !d.IsDir() {
				if ok, _ := filepath.Match(glob, d.Name()); ok {
					found = append(found, p)
				}
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "kathan: %s: %v\n", a, err)
			failed = true
		}
		if len(found) == 0 {
			fmt.Fprintf(stderr, "kathan: %s: no files match %q\n", a, glob)
			failed = true
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, failed
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// errBinary marks input that is not text.
var errBinary = errors.New("not text: contains NUL bytes (binary file?)")

func analyzeFile(path string) (*kathan.Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, reason(err)
	}
	res, err := analyze(path, data)
	if err != nil {
		return nil, err
	}
	return res, nil
}

func analyze(name string, data []byte) (*kathan.Result, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errBinary
	}
	res, err := kathan.Analyze(string(data))
	if err != nil {
		return nil, err
	}
	res.File = name
	if len(data) == 0 {
		res.Warnings = append(res.Warnings, "empty input")
	}
	return res, nil
}

// corpus analyzes many files with o.jobs workers and prints one JSON line per file in input
// order. At most 2*jobs results are held at once, and the result of a file too large to hold
// goes through a temporary file, so memory does not grow with the corpus or the file sizes.
func corpus(files []string, o options, stdout, stderr io.Writer) bool {
	type result struct {
		small []byte
		large *os.File
		err   error
	}
	type job struct {
		path string
		out  chan result
	}
	ok := true
	jobs := make(chan job)
	order := make(chan job, 2*o.jobs)
	var wg sync.WaitGroup
	for w := 0; w < o.jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- produce(j.path)
			}
		}()
	}
	go func() {
		for _, p := range files {
			j := job{p, make(chan result, 1)}
			order <- j
			jobs <- j
		}
		close(jobs)
		close(order)
	}()
	start := time.Now()
	done := 0
	for j := range order {
		res := <-j.out
		done++
		switch {
		case res.err != nil:
			fmt.Fprintf(stderr, "kathan: %s: %v\n", j.path, res.err)
			ok = false
		case res.large != nil:
			if _, err := io.Copy(stdout, res.large); err != nil {
				fmt.Fprintf(stderr, "kathan: writing output: %v\n", err)
				ok = false
			}
			res.large.Close()
			os.Remove(res.large.Name())
		default:
			if _, err := stdout.Write(res.small); err != nil {
				fmt.Fprintf(stderr, "kathan: writing output: %v\n", err)
				ok = false
			}
		}
		if o.progress {
			progress(stderr, done, len(files), j.path, start)
		}
	}
	wg.Wait()
	if o.progress {
		fmt.Fprintln(stderr)
	}
	return ok
}

// produce analyzes one file for the corpus writer: its JSON line in memory, or in a temporary
// file when the file is large.
func produce(path string) (res struct {
	small []byte
	large *os.File
	err   error
}) {
	info, err := os.Stat(path)
	if err != nil {
		res.err = reason(err)
		return
	}
	if info.Size() <= streamThreshold {
		var b bytes.Buffer
		res.err = writeResult(path, &b)
		res.small = b.Bytes()
		return
	}
	tmp, err := os.CreateTemp("", "kathan-out-*.json")
	if err != nil {
		res.err = err
		return
	}
	if err := streamFile(path, info.Size(), tmp); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		res.err = err
		return
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		res.err = err
		return
	}
	res.large = tmp
	return
}

func progress(w io.Writer, done, total int, path string, start time.Time) {
	el := time.Since(start)
	eta := time.Duration(0)
	if done > 0 {
		eta = el / time.Duration(done) * time.Duration(total-done)
	}
	fmt.Fprintf(w, "\r%d/%d files, %s elapsed, ETA %s   ", done, total, el.Round(time.Second), eta.Round(time.Second))
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
