package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"pismreader/content"
)

// epubcheckCommand returns the command that runs EPUBCheck, or skips the
// test when there is none, unless PISM_REQUIRE_TOOLS=1 says it must run.
// Debian installs /usr/bin/epubcheck as a link to a jar, which runs by
// itself only where binfmt_misc handles jars, so a jar is run with java.
func epubcheckCommand(t *testing.T) []string {
	t.Helper()
	missing := func(err error) []string {
		if os.Getenv("PISM_REQUIRE_TOOLS") == "1" {
			t.Fatalf("epubcheck is required (PISM_REQUIRE_TOOLS=1): %v", err)
		}
		t.Skipf("epubcheck not found: %v", err)
		return nil
	}
	bin, err := exec.LookPath("epubcheck")
	if err != nil {
		return missing(err)
	}
	if real, err := filepath.EvalSymlinks(bin); err == nil && strings.HasSuffix(real, ".jar") {
		java, err := exec.LookPath("java")
		if err != nil {
			return missing(err)
		}
		// A JIT that stops at the first tier and a serial collector
		// halve the start-up of a run this short.
		return []string{java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", real}
	}
	return []string{bin}
}

// TestEPUBCheck validates the Spotlight in its three languages, the whole
// library and a hostile brief with EPUBCheck, which must report no fatal
// error, no error and no warning. EPUBCheck starts a JVM for each book, so
// the books are checked in parallel.
func TestEPUBCheck(t *testing.T) {
	cmd := epubcheckCommand(t)
	// "--version" with no book exits with an error after the version.
	out, _ := exec.Command(cmd[0], append(cmd[1:], "--version")...).CombinedOutput()
	t.Logf("%s", bytes.TrimSpace(out))
	lib := bundled(t)
	books := []struct {
		name   string
		briefs []*content.Brief
		opt    Options
	}{
		{"spotlight-en", []*content.Brief{brief(t, spotlightEN)}, fixed},
		{"spotlight-pl", []*content.Brief{brief(t, spotlightPL)}, fixed},
		{"spotlight-ru", []*content.Brief{brief(t, spotlightRU)}, fixed},
		{"library", lib.All(), Options{Modified: fixed.Modified, Title: "PISM Reader library"}},
		{"hostile", []*content.Brief{hostile(), brief(t, spotlightRU)}, Options{Modified: fixed.Modified, Title: hostileText}},
	}
	dir := t.TempDir()
	for _, bk := range books {
		file := filepath.Join(dir, bk.name+".epub")
		f, err := os.Create(file)
		if err != nil {
			t.Fatal(err)
		}
		err = EPUB(f, bk.briefs, bk.opt)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatalf("%s: %v", bk.name, err)
		}
		t.Run(bk.name, func(t *testing.T) {
			t.Parallel()
			out, err := exec.Command(cmd[0], append(cmd[1:], file)...).CombinedOutput()
			t.Logf("epubcheck %s.epub:\n%s", bk.name, out)
			if err != nil {
				t.Errorf("epubcheck failed: %v", err)
			}
			for _, bad := range []string{"FATAL", "ERROR", "WARNING"} {
				if bytes.Contains(out, []byte(bad)) {
					t.Errorf("epubcheck reports %s", bad)
				}
			}
		})
	}
}
