// Command jbgen writes N generated summaries as JSON Lines, for benchmarks: jbgen 1000 > a.jsonl;
// jbgen -long 1000 writes summaries of realistic length (two to four paragraphs each).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"

	"github.com/jianbao/jianbao/internal/gen"
)

func main() {
	long := flag.Bool("long", false, "write summaries of realistic length (2–4 paragraphs) instead of short ones")
	flag.Usage = func() { fmt.Fprintln(os.Stderr, "usage: jbgen [-long] N") }
	flag.Parse()
	n := 1000
	if flag.NArg() > 0 {
		v, err := strconv.Atoi(flag.Arg(0))
		if err != nil || v < 0 || flag.NArg() > 1 {
			flag.Usage()
			os.Exit(2)
		}
		n = v
	}
	length := gen.Short
	if *long {
		length = gen.Long
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range gen.Articles(n, length) {
		if err := enc.Encode(s); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
