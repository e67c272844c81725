# Beyond Budapest: the front door. `make run` and `make test` are all a
# newcomer needs; each target says what it produced.

GO      ?= go
ADDR    ?= 127.0.0.1:8000
BUILD   := build
WASM    := $(BUILD)/web/app.wasm
SERVER  := $(BUILD)/server
GOROOT  := $(shell $(GO) env GOROOT)
WASMEXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec

BASE    ?= /
SITE    ?=
STATIC  ?= $(BUILD)/static

# ensure installs a Debian package when its command is missing: as root
# with apt-get, otherwise it stops with the exact command to run. FLAGS,
# optional, go to apt-get install (--no-install-recommends).
# $(call ensure,COMMAND,PACKAGES[,FLAGS])
define ensure
command -v $(1) >/dev/null 2>&1 || { \
  if [ "$$(id -u)" = 0 ]; then \
    echo "installing $(2) (apt-get)"; \
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(3) $(2) >/dev/null; \
  else \
    echo "$(1) is missing. Run: sudo apt-get install -y $(3) $(2)"; exit 1; \
  fi; }
endef

.PHONY: run test bench export scorm check content content-report translation-stamp fuzz loadtest deps-node-tools deps-brotli deps-xmllint deps-java wasm server static fmt vet unit wasmtest journeys deps-browser deps-engines deps-node size clean

## run: build everything and serve the app on http://$(ADDR); FRAME_ANCESTORS='https://moodle.example.edu …' limits which sites may embed it (default: any site may embed /embed)
FRAME_ANCESTORS ?=
run: content wasm server scorm
	$(SERVER) serve -addr $(ADDR) -wasm $(WASM) -scorm $(BUILD)/scorm/site -frame-ancestors '$(FRAME_ANCESTORS)'

## test: every check and test, browser journeys included; it never rewrites questions/lesson.json
test: check fmt vet unit wasmtest wasm journeys
	@echo "make test: all checks passed"

## content: validate questions/ (every problem as file:line) and compile lesson.json
content:
	$(GO) run ./app compile questions
	$(GO) run ./app check

## check: validate questions/ and fail if questions/lesson.json is not what they compile to (make content rewrites it)
# make test checks rather than compiles, so a commit whose lesson.json is
# stale fails here instead of being silently repaired before the tests.
check:
	$(GO) run ./app check

## translation-stamp: record that the translated entries named in IDS (default: every entry never stamped) match the English as it is now
TRANSLATION ?= uk
translation-stamp:
	$(GO) run ./app stamp $(TRANSLATION) $(IDS)

## content-report: which questions test which facts, with totals
content-report:
	$(GO) run ./app report

## export: the question bank as GIFT, Moodle XML and QTI 2.1 (build/export/)
export: content
	$(GO) run ./app export -out $(BUILD)/export

## wasm: compile the browser app, and compress it (gzip, brotli) for serving
wasm: deps-brotli
	@mkdir -p $(dir $(WASM))
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WASM).new ./app
	@# Keep the old file (and its timestamp) when nothing changed, so the
	@# compressed copies below are only rebuilt when needed.
	@if cmp -s $(WASM).new $(WASM); then rm $(WASM).new; else mv $(WASM).new $(WASM); fi
	@$(MAKE) --no-print-directory $(WASM).sha256
	@echo "built $(WASM) ($$(wc -c < $(WASM)) bytes; gzip $$(wc -c < $(WASM).gz), brotli $$(wc -c < $(WASM).br))"

$(WASM).gz: $(WASM)
	gzip -9 -k -f -n $(WASM) && touch $@

$(WASM).br: $(WASM)
	brotli -q 11 -k -f $(WASM) && touch $@

# The server serves the compressed copies only when this matches app.wasm.
$(WASM).sha256: $(WASM) $(WASM).gz $(WASM).br
	sha256sum $(WASM) > $@

# xmllint checks the SCORM manifests against the ADL schemas and the QTI
# export against the official QTI 2.1 and IMS CP schemas (../shared/schemas/qti21).
deps-xmllint:
	@$(call ensure,xmllint,libxml2-utils)

# Java runs the Nu Html Checker (vnu.jar, from tests/node) on the
# prerendered pages.
deps-java:
	@$(call ensure,java,default-jre-headless)

# brotli compresses app.wasm a quarter smaller than gzip.
deps-brotli:
	@$(call ensure,brotli,brotli)

## server: compile the server
server:
	$(GO) build -trimpath -o $(SERVER) ./app
	@echo "built $(SERVER)"

## scorm: SCORM 1.2 and 2004 packages for an LMS (build/scorm/); quiz settings as in an embed link: make scorm SCORM_QUIZ='pass=80&sections=eu'
SCORM_QUIZ ?= pass=70
scorm: content wasm server
	$(SERVER) scorm -out $(BUILD)/scorm -wasm $(WASM) -quiz '$(SCORM_QUIZ)'

## static: the app as plain files for any static host, at the root or under BASE (make static BASE=/beyond-budapest/); SITE=https://user.github.io adds absolute og:url/og:image
static: content wasm
	$(GO) run ./app static -out $(STATIC) -base $(BASE) -wasm $(WASM) $(if $(SITE),-site $(SITE))

fmt:
	@out=$$(gofmt -l app assets questions tests); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi
	@echo "gofmt: clean"

# The wasm vet covers every package of this module that the browser app
# is built from (the wasm main and its dependencies), so a package the
# app starts to import is vetted without editing a list here.
WASM_PKGS_FORMAT := {{with .Module}}{{if .Main}}{{$$.ImportPath}}{{end}}{{end}}
vet:
	$(GO) vet ./...
	@pkgs=$$(GOOS=js GOARCH=wasm $(GO) list -deps -f '$(WASM_PKGS_FORMAT)' ./app) && \
	  echo "GOOS=js GOARCH=wasm $(GO) vet" $$pkgs && \
	  GOOS=js GOARCH=wasm $(GO) vet $$pkgs

## unit: go test of everything but the browser journeys
unit: deps-node-tools deps-xmllint deps-java
	$(GO) test $$($(GO) list ./... | grep -v /app/journey)

## wasmtest: the engine, loader and class-analysis tests compiled to wasm and run under node
wasmtest: deps-node
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASMEXEC)" ./app/quiz ./app/analysis ./questions

## journeys: student journeys in headless Chromium, and a smoke journey in Firefox ESR and WebKitGTK too
journeys: deps-browser deps-engines deps-node-tools wasm
	@# A cap, not the usual time: on a loaded 2-core machine the journeys
	@# passed 15 minutes once the SCORM runs under other wasm types came.
	BB_WASM=$(CURDIR)/$(WASM) $(GO) test -count=1 -timeout 30m ./app/journey

## fuzz: run each fuzz target for FUZZTIME (their seed corpora also run in make test)
FUZZTIME ?= 60s
fuzz:
	$(GO) test ./app/quiz -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME)
	$(GO) test ./app/quiz -run '^$$' -fuzz '^FuzzResume$$' -fuzztime $(FUZZTIME)
	$(GO) test ./app/quiz -run '^$$' -fuzz '^FuzzParseOptions$$' -fuzztime $(FUZZTIME)
	$(GO) test ./app/quiz -run '^$$' -fuzz '^FuzzSettingsRoundTrip$$' -fuzztime $(FUZZTIME)
	$(GO) test ./app/quiz -run '^$$' -fuzz '^FuzzDecodeCompact$$' -fuzztime $(FUZZTIME)
	$(GO) test ./app/analysis -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME)
	$(GO) test ./app/analysis -run '^$$' -fuzz '^FuzzFileJSONMatchesEncodingJSON$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s

## size: app.wasm bytes raw, gzip and brotli
size: wasm
	@printf 'app.wasm raw %s bytes, gzip -9 %s bytes' $$(wc -c < $(WASM)) $$(gzip -9c $(WASM) | wc -c)
	@if command -v brotli >/dev/null; then printf ', brotli -q 11 %s bytes' $$(brotli -q 11 -c $(WASM) | wc -c); fi; echo

# Browser tests need Debian's Chromium. Installed here when missing and
# running as root; otherwise the exact command is printed.
deps-browser:
	@$(call ensure,chromium,chromium chromium-driver)

# The other engines students use: Firefox ESR (driven over its own
# WebDriver BiDi) and WebKitGTK, Safari's engine (WebKitWebDriver, under a
# virtual X display). Recommends would pull in ~100 MB nobody uses here.
deps-engines:
	@$(call ensure,firefox-esr,firefox-esr,--no-install-recommends)
	@$(call ensure,WebKitWebDriver,webkit2gtk-driver,--no-install-recommends)
	@$(call ensure,Xvfb,xvfb,--no-install-recommends)

# Independent checkers (axe-core, xAPI validator, gift-pegjs, scorm-again,
# the ADL schemas, the Nu Html Checker) from
# tests/node, reinstalled whenever its lockfile changes.
deps-node-tools: deps-node tests/node/node_modules/.package-lock.json

tests/node/node_modules/.package-lock.json: tests/node/package-lock.json
	@$(call ensure,npm,npm)
	cd tests/node && PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund --ignore-scripts

## loadtest: 200 concurrent clients for 10 s against the app on 127.0.0.1
loadtest: content wasm
	$(GO) run ./tests/loadtest -clients 200 -duration 10s -wasm $(WASM)

# The wasm test runner needs Node.js.
deps-node:
	@$(call ensure,node,nodejs)

clean:
	rm -rf $(BUILD) test-output

## bench: speed against a plain-HTML baseline in headless Chromium (not part of make test)
bench: content wasm deps-browser
	$(GO) run ./tests/bench -wasm $(WASM) -json $(BUILD)/bench.json
