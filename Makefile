# jianbao: `make demo` renders the samples into out/, `make test` runs every test.
GO ?= go
BIN := out/jianbao

.PHONY: all build demo test golden bench bench-cli fuzz vet clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/jianbao

# Render the samples (2021Q3, quarterly summary and 简报 layouts) to PDF and DOCX in out/.
demo: build
	$(BIN) build samples/ --out out
	$(BIN) build samples/ --template jianbao --title "党建工作简报" --out out
	$(BIN) build samples/ --period 2021 --group-by top --title "东湖大学2021年度工作总结" --out out
	@ls -1 out/*.pdf out/*.docx

test:
	$(GO) vet ./...
	$(GO) test ./...

# Rewrite golden files (refused under CI); only packages whose tests use the golden helper.
golden:
	$(GO) test $$($(GO) list -f '{{.ImportPath}} {{join .TestImports " "}} {{join .XTestImports " "}}' ./... | awk '/internal\/golden/{print $$1}') -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./... | tee bench.txt

# Time whole processes (wall, peak RSS via /usr/bin/time) on generated articles of realistic
# length, PDF, DOCX and DOCX into a template (docx-ref); the table goes to out/bench/bench-cli.txt.
# 100,000 articles take a while:
# make bench-cli BENCH_SIZES="1000 10000 100000" (and BENCH_RUNS=1).
BENCH_SIZES ?= 1000 10000
BENCH_RUNS ?= 3
bench-cli: build
	$(GO) build -o out/jbgen ./cmd/jbgen
	mkdir -p out/bench
	sh scripts/bench-cli.sh $(BIN) out/jbgen out/bench $(BENCH_RUNS) $(BENCH_SIZES) | tee out/bench/bench-cli.txt

FUZZTIME ?= 60s
# Every fuzz target of every package, found with go test -list (a new target is run without
# editing this file); each for FUZZTIME. The seed corpora are the f.Add seeds and testdata/fuzz.
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
		for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "== $$pkg $$f"; \
			$(GO) test $$pkg -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME); \
		done; \
	done

clean:
	rm -rf out bench.txt
