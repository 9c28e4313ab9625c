package content

// Part is one piece of a brief read aloud: its title, its lead, or one
// heading, paragraph, quotation or list item of its body.
type Part struct {
	Block int // index in Body, or PartTitle or PartLead
	Item  int // index in the list's Items; 0 for other blocks
	Text  string
}

// The Block of the parts that come before the body.
const (
	PartTitle = -2
	PartLead  = -1
)

// Parts returns what reading b aloud says, in reading order: the title,
// the lead, then every block of the body, a list item by item.
func (b *Brief) Parts() []Part {
	ps := []Part{{Block: PartTitle, Text: b.Title}}
	if b.Lead != "" {
		ps = append(ps, Part{Block: PartLead, Text: b.Lead})
	}
	for i, bl := range b.Body {
		if bl.Kind == List {
			for j, it := range bl.Items {
				ps = append(ps, Part{Block: i, Item: j, Text: it})
			}
			continue
		}
		ps = append(ps, Part{Block: i, Text: bl.Text})
	}
	return ps
}
