# padlint's tasks. Only fmt and golden write to the sources.
GO      ?= go
BIN     := bin/padlint
FUZZTIME ?= 60s
ETHERPAD := .cache/etherpad
DEMO_INDEX := .cache/demo/index.db
DEMO_PAGE := .cache/demo/summary.html

.PHONY: build test check bench demo golden fmt fuzz etherpad chromium tmux screenshots

build: ## the padlint binary, in bin/: static, it starts faster
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/padlint

test: etherpad chromium tmux ## every test, some against a real Etherpad, in a real Chromium or in a real terminal
	$(GO) test ./...

etherpad: ## Etherpad 1.8.14 for the tests, from npm, once (needs node and npm)
	bash internal/etherpadtest/install.sh $(ETHERPAD)

chromium: ## Chromium for the browser tests: the Debian package, through apt-get (as root)
	bash internal/debian.sh chromium

tmux: ## tmux, the terminal of padlint watch's end-to-end test: the Debian package, through apt-get (as root)
	bash internal/debian.sh tmux

screenshots: chromium ## the README's picture of a summary page, in docs/
	$(GO) test ./cmd/padlint -run '^TestSummaryInBrowser$$' -count 1 -screenshot $(abspath docs/summary.png)

check: ## what must be clean before a change lands
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(GO) mod tidy -diff
	$(MAKE) etherpad chromium tmux
	$(GO) test -race ./...

demo: build ## lint the example pads, index them, search the index and write their summary page
	@echo '$$ padlint lint testdata/pads'
	@./$(BIN) lint testdata/pads; test $$? -le 1
	@echo '$$ padlint index --index $(DEMO_INDEX) testdata/pads'
	@./$(BIN) index --index $(DEMO_INDEX) testdata/pads
	@echo "$$ padlint search --index $(DEMO_INDEX) '#economie'"
	@./$(BIN) search --index $(DEMO_INDEX) '#economie'
	@echo "$$ padlint next --index $(DEMO_INDEX) '#fablab'"
	@./$(BIN) next --index $(DEMO_INDEX) '#fablab'
	@echo '$$ padlint summary --index $(DEMO_INDEX) testdata/pads --title "Example pads" --out $(DEMO_PAGE)'
	@./$(BIN) summary --index $(DEMO_INDEX) testdata/pads --title "Example pads" --out $(DEMO_PAGE)
	@echo "The summary page: $(abspath $(DEMO_PAGE))"

bench: build etherpad ## Go benchmarks, 500 pads fetched from a real Etherpad, then the whole-process benchmarks (against rg/grep)
	$(GO) test -run '^$$' -bench . -skip Server500 -benchmem ./...
	$(GO) test -run '^$$' -bench Server500 -benchtime 5x ./fetch
	bash bench/lint.sh
	bash bench/index.sh
	bash bench/summary.sh

golden: ## rewrite the golden files from what the code does now
	$(GO) test ./cmd/padlint ./render ./rules ./internal/fold -update

fmt: ## format the sources
	gofmt -w .

fuzz: ## run each parser's fuzz test for FUZZTIME
	$(GO) test ./pad -run '^$$' -fuzz '^FuzzParseText$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pad -run '^$$' -fuzz '^FuzzParseHTML$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pad -run '^$$' -fuzz '^FuzzParseEtherpad$$' -fuzztime $(FUZZTIME)
	$(GO) test ./rules -run '^$$' -fuzz '^FuzzParseConfig$$' -fuzztime $(FUZZTIME)
	$(GO) test ./query -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME)
	$(GO) test ./render -run '^$$' -fuzz '^FuzzMarkdown$$' -fuzztime $(FUZZTIME)
