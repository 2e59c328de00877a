package morph

// Gender is the grammatical gender of a person's name.
type Gender int

// The genders a name can have.
const (
	Unknown Gender = iota
	Male
	Female
)

// String returns "unknown", "male" or "female".
func (g Gender) String() string {
	switch g {
	case Male:
		return "male"
	case Female:
		return "female"
	}
	return "unknown"
}
