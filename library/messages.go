package library

import (
	"errors"
	"strings"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/importer"
	"pismreader/speech"
)

// Message explains err, returned by Import or Remove, in the language of
// l: what is wrong and with which file or address.
func Message(l *i18n.Localizer, err error) string {
	var ie *importer.Error
	if errors.As(err, &ie) {
		return importMessage(l, ie)
	}
	var ce *content.Error
	switch {
	case errors.Is(err, ErrBundled):
		return l.T("Briefs that come with the app cannot be removed.")
	case errors.Is(err, ErrNoBrief):
		return l.T("There is no such brief in the library.")
	case errors.Is(err, content.ErrNoOriginal):
		return l.T("A translation needs its original in the library: %s", err)
	case errors.As(err, &ce):
		return l.T("The brief is not valid: %s", err)
	}
	return l.T("The library cannot be changed: %s", err)
}

// importKinds are the messages of the kinds of import error, each with
// the input's name for %s; the first kind that matches is used.
var importKinds = []struct {
	kind  error
	label string
}{
	{kind: importer.ErrNotFound, label: "%s: there is no such file."},
	{kind: importer.ErrUnreadable, label: "%s: the file cannot be read."},
	{kind: importer.ErrEmpty, label: "%s: the file is empty."},
	{kind: importer.ErrBinary, label: "%s: this is not a text file, web page or feed."},
	{kind: importer.ErrEncoding, label: "%s: the text is not valid UTF-8."},
	{kind: importer.ErrBadXML, label: "%s: the feed is not well-formed XML."},
	{kind: importer.ErrBadHTML, label: "%s: no article text was found in the page."},
	{kind: importer.ErrNoItems, label: "%s: the feed has no items."},
	{kind: importer.ErrFrontMatter, label: "%s: the front matter is not valid."},
	{kind: importer.ErrScheme, label: "%s: only http and https addresses can be imported."},
	{kind: importer.ErrUnreachable, label: "%s: the address cannot be reached."},
	{kind: importer.ErrHTTPStatus, label: "%s: the server refused to send the page."},
	{kind: importer.ErrTooManyRedirects, label: "%s: too many redirects."},
}

func importMessage(l *i18n.Localizer, e *importer.Error) string {
	var msg string
	switch {
	case errors.Is(e, importer.ErrTooLarge):
		msg = l.T("%s: too large to import (the limit is %d MB).", e.Name, 10)
	default:
		msg = l.T("%s: the format is not recognised.", e.Name)
		for _, k := range importKinds {
			if errors.Is(e, k.kind) {
				msg = l.T(k.label, e.Name)
				break
			}
		}
	}
	if detail := strings.TrimSpace(e.Detail); detail != "" {
		msg += " (" + detail + ")"
	}
	return msg
}

// Summary says what an import did: how many briefs were added and how many
// the library already had.
func Summary(l *i18n.Localizer, r Result) string {
	switch {
	case len(r.Added) == 0 && len(r.Duplicates) == 0:
		return l.T("Nothing was imported.")
	case len(r.Added) == 0:
		return l.T("Nothing new: the library already has all %d.", len(r.Duplicates))
	case len(r.Duplicates) == 0:
		return l.T("Imported %d briefs.", len(r.Added))
	}
	return l.T("Imported %d briefs.", len(r.Added)) + " " + l.T("Already in the library: %d.", len(r.Duplicates))
}

// SpeechMessage explains why reading aloud cannot start or stopped, naming
// what to install when no engine is there.
func SpeechMessage(l *i18n.Localizer, err error) string {
	var me *speech.MissingError
	switch {
	case errors.As(err, &me) && len(me.Install) > 0 && me.GOOS == "linux":
		return l.T("Reading aloud needs a speech engine. Install %s (on Debian or Ubuntu: sudo apt install %s).",
			strings.Join(me.Install, l.T(" or ")), me.Install[0])
	case errors.As(err, &me) && len(me.Install) > 0:
		return l.T("Reading aloud needs a speech engine. Install %s.", strings.Join(me.Install, l.T(" or ")))
	case errors.As(err, &me) && me.Name != "":
		return l.T("The speech engine %s is not available on this computer.", me.Name)
	case errors.As(err, &me):
		return l.T("No speech engine was found on this computer.")
	case errors.Is(err, speech.ErrNoRecorder):
		return l.T("This speech engine cannot write audio files; install espeak-ng.")
	case errors.Is(err, speech.ErrNoAudio):
		return l.T("The speech engine found no sound output. Check that a sound device is connected and that the sound server (PipeWire or PulseAudio) is running; \"Save as audio…\" works without one.")
	case errors.Is(err, speech.ErrEngineFailed):
		return l.T("The speech engine stopped unexpectedly: %v", err)
	}
	return l.T("Reading aloud failed: %v", err)
}

// Authors names the authors of b for people, in the language of l: an
// imported brief whose source named nobody shows "Unknown author" in it.
func Authors(l *i18n.Localizer, b *content.Brief) string {
	names := make([]string, len(b.Authors))
	for i, a := range b.Authors {
		if a == importer.UnknownAuthor {
			a = l.T("Unknown author")
		}
		names[i] = a
	}
	return strings.Join(names, ", ")
}
