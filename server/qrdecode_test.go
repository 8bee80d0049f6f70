package server

import (
	"errors"
	"fmt"
	"image"
	"math"
	"strings"
)

// decodeQR reads a QR code from a clean rendering (no perspective, no damage): a test-only
// decoder, after the layout of ISO/IEC 18004 as Project Nayuki's reference encoder draws it, for
// error-correction level M, versions 1–13, numeric, alphanumeric and byte segments. It reads the
// data codewords only (a clean image has no errors to correct), so a wrong module anywhere in
// the data makes the text come out wrong rather than corrected.
func decodeQR(img image.Image) (string, error) {
	grid, err := sampleModules(img)
	if err != nil {
		return "", err
	}
	n := len(grid)
	ver := (n - 17) / 4
	if (n-17)%4 != 0 || ver < 1 || ver > 13 {
		return "", fmt.Errorf("symbol of %d modules: not a supported version", n)
	}
	mask, level, err := readFormat(grid)
	if err != nil {
		return "", err
	}
	if level != 0 {
		return "", fmt.Errorf("error correction level %d: only M (0) here", level)
	}
	fn := functionModules(ver)
	var bits []bool
	for right := n - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5
		}
		for vert := 0; vert < n; vert++ {
			for j := 0; j < 2; j++ {
				x := right - j
				y := vert
				if (right+1)&2 == 0 {
					y = n - 1 - vert
				}
				if !fn[y][x] {
					bits = append(bits, grid[y][x] != masked(mask, x, y))
				}
			}
		}
	}
	raw := make([]byte, rawDataModules(ver)/8)
	for i := range raw {
		for b := 0; b < 8; b++ {
			if bits[i*8+b] {
				raw[i] |= 1 << (7 - b)
			}
		}
	}
	data := deinterleave(raw, ver)
	return parseSegments(data, ver)
}

// sampleModules finds the symbol (the box of dark pixels) and reads each module at its centre.
func sampleModules(img image.Image) ([][]bool, error) {
	b := img.Bounds()
	dark := func(x, y int) bool {
		r, g, bl, _ := img.At(x, y).RGBA()
		return r+g+bl < 3*0x8000
	}
	minX, minY, maxX, maxY := b.Max.X, b.Max.Y, -1, -1
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if dark(x, y) {
				minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
			}
		}
	}
	if maxX < 0 {
		return nil, errors.New("no dark pixel")
	}
	run := 0 // the top-left finder's top edge is 7 modules wide
	for x := minX; x <= maxX && dark(x, minY); x++ {
		run++
	}
	width := float64(maxX - minX + 1)
	// The estimate is rough (modules are drawn 4 or 5 pixels wide): take the nearest symbol size.
	est := width / (float64(run) / 7)
	n := 17 + 4*int(math.Round((est-17)/4))
	grid := make([][]bool, n)
	for r := range grid {
		grid[r] = make([]bool, n)
		for c := range grid[r] {
			grid[r][c] = dark(minX+int((float64(c)+0.5)*width/float64(n)), minY+int((float64(r)+0.5)*width/float64(n)))
		}
	}
	return grid, nil
}

// readFormat finds the (level, mask) whose BCH-coded format bits match the first copy best.
func readFormat(g [][]bool) (mask, level int, err error) {
	var read int
	at := func(x, y int) bool { return g[y][x] }
	for i := 0; i <= 5; i++ {
		read |= b2i(at(8, i)) << i
	}
	read |= b2i(at(8, 7))<<6 | b2i(at(8, 8))<<7 | b2i(at(7, 8))<<8
	for i := 9; i < 15; i++ {
		read |= b2i(at(14-i, 8)) << i
	}
	best, bestDist := -1, 16
	for lv := 0; lv < 4; lv++ {
		for m := 0; m < 8; m++ {
			data := lv<<3 | m
			rem := data
			for range 10 {
				rem = (rem << 1) ^ ((rem >> 9) * 0x537)
			}
			bits := (data<<10 | rem) ^ 0x5412
			if d := popcount(bits ^ read); d < bestDist {
				best, bestDist = data, d
			}
		}
	}
	if bestDist > 3 {
		return 0, 0, fmt.Errorf("format bits %015b match no level and mask", read)
	}
	return best & 7, best >> 3, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func popcount(v int) int {
	n := 0
	for ; v != 0; v &= v - 1 {
		n++
	}
	return n
}

func alignmentPositions(ver int) []int {
	if ver == 1 {
		return nil
	}
	num := ver/7 + 2
	step := 26
	if ver != 32 {
		step = (ver*4 + num*2 + 1) / (num*2 - 2) * 2
	}
	pos := []int{6}
	for p := ver*4 + 17 - 7; len(pos) < num; p -= step {
		pos = append(pos[:1], append([]int{p}, pos[1:]...)...)
	}
	return pos
}

// functionModules marks finder patterns, separators, timing, alignment, format and version areas.
func functionModules(ver int) [][]bool {
	n := ver*4 + 17
	fn := make([][]bool, n)
	for y := range fn {
		fn[y] = make([]bool, n)
		for x := range fn[y] {
			fn[y][x] = y < 9 && x < 9 || y < 9 && x >= n-8 || y >= n-8 && x < 9 || x == 6 || y == 6 ||
				ver >= 7 && (y < 6 && x >= n-11 && x < n-8 || x < 6 && y >= n-11 && y < n-8)
		}
	}
	al := alignmentPositions(ver)
	for i, cy := range al {
		for j, cx := range al {
			if i == 0 && j == 0 || i == 0 && j == len(al)-1 || i == len(al)-1 && j == 0 {
				continue
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					fn[cy+dy][cx+dx] = true
				}
			}
		}
	}
	return fn
}

func masked(mask, x, y int) bool {
	switch mask {
	case 0:
		return (x+y)%2 == 0
	case 1:
		return y%2 == 0
	case 2:
		return x%3 == 0
	case 3:
		return (x+y)%3 == 0
	case 4:
		return (x/3+y/2)%2 == 0
	case 5:
		return x*y%2+x*y%3 == 0
	case 6:
		return (x*y%2+x*y%3)%2 == 0
	}
	return ((x+y)%2+x*y%3)%2 == 0
}

func rawDataModules(ver int) int {
	r := (16*ver+128)*ver + 64
	if ver >= 2 {
		na := ver/7 + 2
		r -= (25*na-10)*na - 55
		if ver >= 7 {
			r -= 36
		}
	}
	return r
}

// Level M's error-correction codewords per block and number of blocks, by version (index 0 unused).
var (
	eccPerBlockM = []int{0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22}
	blocksM      = []int{0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9}
)

// deinterleave undoes the block interleaving and returns the data codewords in order.
func deinterleave(raw []byte, ver int) []byte {
	nb, ecc := blocksM[ver], eccPerBlockM[ver]
	short := len(raw) / nb
	numShort := nb - len(raw)%nb
	blocks := make([][]byte, nb)
	k := 0
	for i := 0; i < short+1; i++ {
		for j := 0; j < nb; j++ {
			if i == short-ecc && j < numShort { // short blocks have one data codeword fewer
				continue
			}
			if i == short && j < numShort {
				continue
			}
			blocks[j] = append(blocks[j], raw[k])
			k++
		}
	}
	var data []byte
	for j, b := range blocks {
		dl := short - ecc
		if j >= numShort {
			dl++
		}
		data = append(data, b[:dl]...)
	}
	return data
}

// parseSegments reads mode-tagged segments until the terminator.
func parseSegments(data []byte, ver int) (string, error) {
	pos := 0
	read := func(n int) (int, error) {
		if pos+n > len(data)*8 {
			return 0, errors.New("data runs past the codewords")
		}
		v := 0
		for range n {
			v = v<<1 | int(data[pos/8]>>(7-pos%8)&1)
			pos++
		}
		return v, nil
	}
	var out strings.Builder
	const alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
	for pos+4 <= len(data)*8 {
		mode, _ := read(4)
		var cbits int
		switch mode {
		case 0:
			return out.String(), nil
		case 1:
			cbits = map[bool]int{true: 10, false: 12}[ver <= 9]
		case 2:
			cbits = map[bool]int{true: 9, false: 11}[ver <= 9]
		case 4:
			cbits = map[bool]int{true: 8, false: 16}[ver <= 9]
		default:
			return "", fmt.Errorf("segment mode %04b not supported", mode)
		}
		count, err := read(cbits)
		if err != nil {
			return "", err
		}
		for count > 0 {
			switch mode {
			case 1:
				k := min(count, 3)
				v, err := read([]int{0, 4, 7, 10}[k])
				if err != nil {
					return "", err
				}
				fmt.Fprintf(&out, "%0*d", k, v)
				count -= k
			case 2:
				if count >= 2 {
					v, err := read(11)
					if err != nil || v/45 >= 45 {
						return "", fmt.Errorf("alphanumeric pair: %w", err)
					}
					out.WriteByte(alnum[v/45])
					out.WriteByte(alnum[v%45])
					count -= 2
					continue
				}
				v, err := read(6)
				if err != nil || v >= 45 {
					return "", fmt.Errorf("alphanumeric: %w", err)
				}
				out.WriteByte(alnum[v])
				count--
			case 4:
				v, err := read(8)
				if err != nil {
					return "", err
				}
				out.WriteByte(byte(v))
				count--
			}
		}
	}
	return out.String(), nil
}
