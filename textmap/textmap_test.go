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

func TestWhole(t *testing.T) {
	// Source "x㍻y" (5 bytes) derived into "x平成y" (8 bytes): 平成 both
	// come from ㍻.
	m := New(5, 8)
	m.AppendCopy(1, 0)
	m.Append(6, 1, 4)
	m.AppendCopy(1, 4)
	tests := []struct{ i, j, wantI, wantJ int }{
		{0, 1, 0, 1}, // x alone
		{1, 4, 1, 7}, // 平 widens over 成
		{4, 7, 1, 7}, // 成 widens back over 平
		{0, 8, 0, 8}, // everything
		{7, 8, 7, 8}, // y alone
		{3, 3, 3, 3}, // empty ranges stay
	}
	for _, tt := range tests {
		if i, j := m.Whole(tt.i, tt.j); i != tt.wantI || j != tt.wantJ {
			t.Errorf("Whole(%d,%d) = %d,%d; want %d,%d", tt.i, tt.j, i, j, tt.wantI, tt.wantJ)
		}
	}
	var id *Map
	if i, j := id.Whole(2, 5); i != 2 || j != 5 {
		t.Errorf("nil map Whole(2,5) = %d,%d", i, j)
	}
}
