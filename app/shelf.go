package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"pismreader/cli"
	"pismreader/content"
	"pismreader/export"
	"pismreader/importer"
	"pismreader/library"
	"pismreader/search"
	"pismreader/speech"
)

// showMessage shows a short text in a dialog that Escape closes.
func (m *mainWindow) showMessage(title, text string) {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := m.showDialog(title, l)
	size := m.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(size.Width-40, max(size.Width*0.6, 400)), 0))
}

// setLibrary shows lib, after an import or a removal, wherever the old
// library was shown.
func (m *mainWindow) setLibrary(lib *content.Library) {
	m.lib = lib
	m.library.lib = lib
	m.library.Relabel(m.loc)
	m.reader.lib = lib
	m.search.fillFilters()
	m.search.schedule()
	if b := m.reader.brief; b != nil {
		if nb, ok := lib.ByID(b.ID); ok {
			m.library.Mark(nb)
		}
	}
}

// indexReady keeps the shelf's index: the index was built from built, and
// briefs imported or removed meanwhile are brought in now.
func (m *mainWindow) indexReady(ix *search.Index, built *content.Library) {
	m.shelf.Index = ix
	if built == m.lib {
		return
	}
	var add []*content.Brief
	for _, b := range m.lib.All() {
		if _, ok := built.ByID(b.ID); !ok {
			add = append(add, b)
		}
	}
	var gone []string
	for _, b := range built.All() {
		if _, ok := m.lib.ByID(b.ID); !ok {
			gone = append(gone, b.ID)
		}
	}
	if err := errors.Join(ix.Add(add...), ix.Remove(gone...)); err != nil {
		log.Printf("pismreader: search index: %v", err)
	}
}

// importFile asks for a file to import.
func (m *mainWindow) importFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		m.importArgs([]string{path})
	}, m.win)
	d.Resize(m.dialogSize())
	d.Show()
}

// importAddress asks for the address of a page or feed to import.
func (m *mainWindow) importAddress() {
	l := m.loc
	entry := newEntry()
	entry.SetPlaceHolder("https://")
	form := dialog.NewForm(l.T("Import from an address"), l.T("Import"), l.T("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(l.T("Address of a page or feed"), entry)},
		func(ok bool) {
			if ok && strings.TrimSpace(entry.Text) != "" {
				m.importArgs([]string{strings.TrimSpace(entry.Text)})
			}
		}, m.win)
	form.Resize(fyne.NewSize(m.dialogSize().Width, 0))
	form.Show()
	m.win.Canvas().Focus(entry)
}

// dropped imports the files dropped on the window.
func (m *mainWindow) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		} else if u.Scheme() == "http" || u.Scheme() == "https" {
			paths = append(paths, u.String())
		}
	}
	if len(paths) > 0 {
		m.importArgs(paths)
	}
}

// importArgs imports files or addresses in the background, all or none,
// and says what happened.
func (m *mainWindow) importArgs(args []string) {
	l := m.loc
	busy := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(l.T("Importing…"), busy, m.win)
	wait.Show()
	go func() {
		briefs, err := library.Read(context.Background(), args, importer.Options{})
		m.later(func() {
			wait.Hide()
			if err != nil {
				m.showMessage(l.T("Import"), library.Message(l, err)+"\n"+l.T("Nothing was imported."))
				return
			}
			m.addBriefs(briefs)
		})
	}()
}

// addBriefs adds briefs to the library and opens the first new one.
func (m *mainWindow) addBriefs(briefs []*content.Brief) {
	l := m.loc
	res, err := m.shelf.Add(briefs)
	if err != nil {
		m.showMessage(l.T("Import"), library.Message(l, err)+"\n"+l.T("Nothing was imported."))
		return
	}
	if len(res.Added) > 0 {
		m.setLibrary(m.shelf.Briefs)
		if b, ok := m.lib.ByID(res.Added[0].ID); ok {
			m.open(b, true)
		}
	}
	if res.IndexErr != nil {
		log.Printf("pismreader: search index: %v", res.IndexErr)
	}
	m.showMessage(l.T("Import"), library.Summary(l, res))
}

// removeBrief asks, then removes the open brief if it was imported.
func (m *mainWindow) removeBrief() {
	l := m.loc
	b := m.reader.brief
	if b == nil {
		return
	}
	if !b.Imported {
		m.showMessage(l.T("Remove from library"), library.Message(l, library.ErrBundled))
		return
	}
	dialog.ShowConfirm(l.T("Remove from library"), l.T("Remove %q from the library?", b.Title), func(ok bool) {
		if ok {
			m.remove(b)
		}
	}, m.win)
}

// remove takes the imported brief b out of the library and the index.
func (m *mainWindow) remove(b *content.Brief) {
	l := m.loc
	if err := m.shelf.Remove(b.ID); err != nil && !errors.Is(err, library.ErrIndexBehind) {
		m.showMessage(l.T("Remove from library"), library.Message(l, err))
		return
	}
	if m.reader.brief == b {
		m.speaker.briefChanged()
		m.reader.show(nil)
		m.outline.SetTitles(nil)
	}
	m.setLibrary(m.shelf.Briefs)
	m.focusLibrary()
}

// exportBriefs asks where to save the open brief, or the whole library,
// as EPUB or HTML.
func (m *mainWindow) exportBriefs(all bool, format string) {
	briefs := m.lib.All()
	name := "pismreader-library"
	if !all {
		b := m.reader.brief
		if b == nil {
			return
		}
		briefs, name = []*content.Brief{b}, b.ID
	}
	m.saveFile(name+"."+format, func(w io.Writer) error {
		// A book of several briefs is titled in the interface language.
		return export.Write(w, format, briefs, export.Options{Lang: m.loc.Code()})
	})
}

// saveAudio asks where to save the open brief read aloud, as WAV.
func (m *mainWindow) saveAudio() {
	b := m.reader.brief
	if b == nil {
		return
	}
	rec, err := speech.RecorderFor(speech.Host(), m.settings.SpeechEngine)
	if err != nil {
		m.showMessage(m.loc.T("Save as audio…"), library.SpeechMessage(m.loc, err))
		return
	}
	v := speech.Voice{Lang: string(b.Lang), Rate: m.settings.SpeechRate}
	texts := cli.Sentences(b)
	m.saveFile(b.ID+".wav", func(w io.Writer) error {
		return rec.Record(context.Background(), v, texts, w)
	})
}

// saveFile asks for a file name and writes it in the background with
// write; the file is complete or not written.
func (m *mainWindow) saveFile(name string, write func(io.Writer) error) {
	l := m.loc
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		busy := widget.NewProgressBarInfinite()
		wait := dialog.NewCustomWithoutButtons(l.T("Saving…"), busy, m.win)
		wait.Show()
		go func() {
			var buf bytes.Buffer
			err := write(&buf)
			if err == nil {
				_, err = wc.Write(buf.Bytes())
			}
			if cerr := wc.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				// A half-written file is worse than none.
				_ = storage.Delete(wc.URI())
			}
			m.later(func() {
				wait.Hide()
				if err != nil {
					m.showMessage(l.T("Save"), l.T("The file cannot be saved: %v", err))
					return
				}
				m.showMessage(l.T("Save"), l.T("Wrote %s.", wc.URI().Path()))
			})
		}()
	}, m.win)
	d.SetFileName(name)
	d.Resize(m.dialogSize())
	d.Show()
}

// copyCitation puts a citation of the open brief on the clipboard.
func (m *mainWindow) copyCitation() {
	b := m.reader.brief
	if b == nil {
		return
	}
	cite := export.Citation(b)
	m.app.Clipboard().SetContent(cite)
	m.showMessage(m.loc.T("Copy citation"), m.loc.T("Copied to the clipboard:")+"\n\n"+cite)
}

// errScheme refuses a link that is not http, https or mailto.
var errScheme = errors.New("only http, https and mailto links are opened")

// openLink opens an http, https or mailto link in the system's browser or
// mail program, and refuses any other scheme, which could run a program
// or read a local file.
func (m *mainWindow) openLink(raw string) error {
	u, err := safeLink(raw)
	if err != nil {
		m.showMessage(m.loc.T("Open link"), m.loc.T("This link is not opened: %s. Only web (http, https) and e-mail (mailto) links are.", raw))
		return err
	}
	return m.app.OpenURL(u)
}

// safeLink parses raw and accepts only http and https links with a host,
// and mailto links.
func safeLink(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("link %q: %w", raw, errScheme)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return nil, fmt.Errorf("link %q: %w", raw, errScheme)
		}
		return u, nil
	case "mailto":
		if u.Opaque == "" {
			return nil, fmt.Errorf("link %q: %w", raw, errScheme)
		}
		return u, nil
	}
	return nil, fmt.Errorf("link %q: %w", raw, errScheme)
}

// dialogSize is the size of a file dialog: most of the window, so that
// large text still fits.
func (m *mainWindow) dialogSize() fyne.Size {
	return m.win.Canvas().Size().Subtract(fyne.NewSize(40, 40))
}
