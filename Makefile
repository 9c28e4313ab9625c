# PISM Reader. `make run` opens the app, `make test` runs every check.
# Both first make sure the Debian packages the build needs are installed.

BIN      := pismreader
APPID    := io.github.pismreader.PISMReader
PREFIX   ?= /usr/local
GO       ?= go
# What Fyne needs to build on Debian, Xvfb for the headless smoke test,
# espeak-ng to read aloud and epubcheck to validate exported books.
DEB_DEPS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
            libxinerama-dev libxi-dev libxxf86vm-dev libegl-dev libgles-dev xvfb xauth \
            espeak-ng epubcheck
# What `make screenshots` needs besides.
SHOT_DEPS := imagemagick xdotool

.PHONY: run build test vet lint unit smoke bench bench-startup screenshots deps deps-shots install uninstall clean

run: deps build
	./$(BIN)

build:
	$(GO) build -o $(BIN) .

test: deps vet unit smoke

vet:
	@unformatted=$$(gofmt -l .); if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags mobile ./...

lint:
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

# PISM_REQUIRE_TOOLS: the tests that need espeak-ng and epubcheck fail,
# rather than skip, when they are missing.
unit:
	PISM_REQUIRE_TOOLS=1 $(GO) test -race ./...

smoke: build
	scripts/smoke.sh ./$(BIN)

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

bench-startup: deps build
	scripts/bench-startup.sh ./$(BIN) 5

screenshots: deps build
	DEB_DEPS="$(SHOT_DEPS)" scripts/deps.sh
	scripts/screenshots.sh ./$(BIN) docs

deps:
	DEB_DEPS="$(DEB_DEPS)" scripts/deps.sh

install: build
	install -Dm755 $(BIN) $(DESTDIR)$(PREFIX)/bin/$(BIN)
	install -Dm644 assets/icon.png $(DESTDIR)$(PREFIX)/share/icons/hicolor/512x512/apps/$(APPID).png
	install -Dm644 assets/icon.svg $(DESTDIR)$(PREFIX)/share/icons/hicolor/scalable/apps/$(APPID).svg
	install -Dm644 assets/$(APPID).desktop $(DESTDIR)$(PREFIX)/share/applications/$(APPID).desktop
	install -Dm644 assets/$(APPID).metainfo.xml $(DESTDIR)$(PREFIX)/share/metainfo/$(APPID).metainfo.xml

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/$(BIN) \
	  $(DESTDIR)$(PREFIX)/share/icons/hicolor/512x512/apps/$(APPID).png \
	  $(DESTDIR)$(PREFIX)/share/icons/hicolor/scalable/apps/$(APPID).svg \
	  $(DESTDIR)$(PREFIX)/share/applications/$(APPID).desktop \
	  $(DESTDIR)$(PREFIX)/share/metainfo/$(APPID).metainfo.xml

clean:
	rm -f $(BIN)
