// Command jianbao turns summaries of news articles into printed digests (PDF and DOCX).
//
// Exit status: 0 success; 1 problems in the input (the digest is still written unless --strict);
// 2 usage errors (unknown flag, bad period); 3 failure to render or write output; 4 the digest was
// written but could not be mailed; 70 an internal error (a bug); 75 another run holds the state
// file (nothing written or sent); 130 and 143 stopped by SIGINT or SIGTERM.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
