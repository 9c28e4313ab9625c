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

func importMessage(l *i18n.Localizer, e *importer.Error) string {
	name := e.Name
	detail := strings.TrimSpace(e.Detail)
	var msg string
	switch {
	case errors.Is(e, importer.ErrNotFound):
		msg = l.T("%s: there is no such file.", name)
	case errors.Is(e, importer.ErrUnreadable):
		msg = l.T("%s: the file cannot be read.", name)
	case errors.Is(e, importer.ErrEmpty):
		msg = l.T("%s: the file is empty.", name)
	case errors.Is(e, importer.ErrBinary):
		msg = l.T("%s: this is not a text file, web page or feed.", name)
	case errors.Is(e, importer.ErrTooLarge):
		msg = l.T("%s: too large to import (the limit is %d MB).", name, 10)
	case errors.Is(e, importer.ErrEncoding):
		msg = l.T("%s: the text is not valid UTF-8.", name)
	case errors.Is(e, importer.ErrBadXML):
		msg = l.T("%s: the feed is not well-formed XML.", name)
	case errors.Is(e, importer.ErrBadHTML):
		msg = l.T("%s: no article text was found in the page.", name)
	case errors.Is(e, importer.ErrNoItems):
		msg = l.T("%s: the feed has no items.", name)
	case errors.Is(e, importer.ErrFrontMatter):
		msg = l.T("%s: the front matter is not valid.", name)
	case errors.Is(e, importer.ErrScheme):
		msg = l.T("%s: only http and https addresses can be imported.", name)
	case errors.Is(e, importer.ErrUnreachable):
		msg = l.T("%s: the address cannot be reached.", name)
	case errors.Is(e, importer.ErrHTTPStatus):
		msg = l.T("%s: the server refused to send the page.", name)
	case errors.Is(e, importer.ErrTooManyRedirects):
		msg = l.T("%s: too many redirects.", name)
	default:
		msg = l.T("%s: the format is not recognised.", name)
	}
	if detail != "" {
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
