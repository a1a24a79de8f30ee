package textmap

import "testing"

func TestSource(t *testing.T) {
	// Source "a&amp;b" (7 bytes) derived into "a&b" (3 bytes).
	m := New(7, 3)
	m.Append(1, 0, 1)
	m.Append(1, 1, 6)
	m.Append(1, 6, 7)
	tests := []struct {
		i, j, wantS, wantE int
	}{
		{0, 1, 0, 1},
		{1, 2, 1, 6},
		{0, 3, 0, 7},
		{2, 2, 6, 6},
		{3, 3, 7, 7},
		{1, 9, 1, 7},
	}
	for _, tt := range tests {
		s, e := m.Source(tt.i, tt.j)
		if s != tt.wantS || e != tt.wantE {
			t.Errorf("Source(%d,%d) = %d,%d; want %d,%d", tt.i, tt.j, s, e, tt.wantS, tt.wantE)
		}
	}
	var id *Map
	if s, e := id.Source(3, 5); s != 3 || e != 5 {
		t.Errorf("nil map Source(3,5) = %d,%d", s, e)
	}
	if m.Len() != 3 {
		t.Errorf("Len = %d", m.Len())
	}
}
