package veris

// Incident is a VERIS 1.4.0 incident record. Its JSON form is valid against
// the VERIS schema (verisc-merged.json); what the notice does not state is
// omitted where VERIS allows, and Unknown where VERIS asks for a value.
type Incident struct {
	SchemaVersion    string          `json:"schema_version"`
	SchemaName       string          `json:"schema_name"`
	IncidentID       string          `json:"incident_id"`
	SecurityIncident string          `json:"security_incident"`
	Reference        string          `json:"reference,omitempty"`
	Summary          string          `json:"summary"`
	Timeline         Timeline        `json:"timeline"`
	Victim           Victim          `json:"victim"`
	Action           Action          `json:"action"`
	Actor            Actor           `json:"actor"`
	Asset            Asset           `json:"asset"`
	Attribute        Attribute       `json:"attribute"`
	DiscoveryMethod  DiscoveryMethod `json:"discovery_method"`
	Notes            string          `json:"notes,omitempty"`
}

// Timeline tells when the incident began and how long it took to find.
type Timeline struct {
	Incident  Day       `json:"incident"`
	Discovery *Duration `json:"discovery,omitempty"`
}

// Day is a date as VERIS writes it: a year, with month and day where known.
type Day struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// Duration is a span of time in a VERIS unit (Days, Months, …, Unknown).
type Duration struct {
	Unit  string   `json:"unit"`
	Value *float64 `json:"value,omitempty"`
}

// Victim is the organization that disclosed the incident.
type Victim struct {
	VictimID      string   `json:"victim_id,omitempty"`
	Country       []string `json:"country"`
	EmployeeCount string   `json:"employee_count"`
	Industry      string   `json:"industry"`
	Government    []string `json:"government"`
}

// Action holds the action categories of the incident; absent ones are nil.
type Action struct {
	Hacking  *Step    `json:"hacking,omitempty"`
	Malware  *Step    `json:"malware,omitempty"`
	Social   *Step    `json:"social,omitempty"`
	Error    *Step    `json:"error,omitempty"`
	Misuse   *Step    `json:"misuse,omitempty"`
	Physical *Step    `json:"physical,omitempty"`
	Unknown  *Unknown `json:"unknown,omitempty"`
}

// Step is one action category: its varieties and vectors; Target only for
// social actions, CVE only for hacking and malware.
type Step struct {
	Variety []string `json:"variety"`
	Vector  []string `json:"vector"`
	Target  []string `json:"target,omitempty"`
	CVE     string   `json:"cve,omitempty"`
}

// Unknown is an action or actor category that the text does not name.
type Unknown struct {
	Notes string `json:"notes,omitempty"`
}

// Actor holds who acted; absent categories are nil.
type Actor struct {
	External *Agent   `json:"external,omitempty"`
	Internal *Agent   `json:"internal,omitempty"`
	Partner  *Agent   `json:"partner,omitempty"`
	Unknown  *Unknown `json:"unknown,omitempty"`
}

// Agent is one actor category. Country is set only for a partner, where
// VERIS requires it.
type Agent struct {
	Variety []string `json:"variety,omitempty"`
	Motive  []string `json:"motive"`
	Country []string `json:"country,omitempty"`
}

// Asset lists the assets affected and who owns and runs them.
type Asset struct {
	Assets     []AssetItem `json:"assets"`
	Cloud      []string    `json:"cloud"`
	Ownership  []string    `json:"ownership,omitempty"`
	Management []string    `json:"management,omitempty"`
}

// AssetItem is one kind of asset ("U - Laptop", "S - Web application", …).
type AssetItem struct {
	Variety string `json:"variety"`
}

// Attribute holds what the incident did to the data and systems.
type Attribute struct {
	Confidentiality Confidentiality `json:"confidentiality"`
	Integrity       *Varieties      `json:"integrity,omitempty"`
	Availability    *Varieties      `json:"availability,omitempty"`
}

// Confidentiality is the data disclosed: whether, how much and of what kind.
type Confidentiality struct {
	DataDisclosure string   `json:"data_disclosure"`
	DataTotal      int64    `json:"data_total,omitempty"`
	Data           []Data   `json:"data,omitempty"`
	DataVictim     []string `json:"data_victim,omitempty"`
}

// Data is one variety of data disclosed, with the number of records where
// the text ties a count to it.
type Data struct {
	Variety string `json:"variety"`
	Amount  int64  `json:"amount,omitempty"`
}

// Varieties is an attribute given by its varieties alone.
type Varieties struct {
	Variety []string `json:"variety"`
}

// DiscoveryMethod tells who found the incident, or that the text does not
// say (Unknown true).
type DiscoveryMethod struct {
	External *Varieties `json:"external,omitempty"`
	Internal *Varieties `json:"internal,omitempty"`
	Partner  *Varieties `json:"partner,omitempty"`
	Unknown  bool       `json:"unknown,omitempty"`
}
