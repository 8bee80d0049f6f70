// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EventAnchor} from "../EventAnchor.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {TestBase} from "./Vm.sol";

contract EventAnchorTest is TestBase {
    EventAnchor internal anchor;
    address internal owner = address(0x0E);
    address internal anchorer = address(0xA1);

    function setUp() public {
        anchor = new EventAnchor(owner, anchorer);
    }

    /// @dev Builds the OpenZeppelin-compatible (sorted pair) root of four events and the proof of one.
    function tree4(uint64 firstSeq, uint256 which) internal view returns (bytes32 root, bytes32[] memory proof) {
        bytes32[4] memory l;
        for (uint256 i; i < 4; i++) {
            l[i] = anchor.leaf(firstSeq + uint64(i), keccak256(abi.encode("event", i)));
        }
        bytes32 n01 = hashPair(l[0], l[1]);
        bytes32 n23 = hashPair(l[2], l[3]);
        root = hashPair(n01, n23);
        proof = new bytes32[](2);
        proof[0] = l[which ^ 1];
        proof[1] = which < 2 ? n23 : n01;
    }

    function hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    function testAnchorAndVerify() public {
        (bytes32 root, bytes32[] memory proof) = tree4(0, 2);
        vm.prank(anchorer);
        anchor.anchor(root, 0, 4);
        (uint64 firstSeq, uint64 count, uint64 anchoredAt, uint64 index) = anchor.batches(root);
        assertEq(firstSeq, 0, "firstSeq");
        assertEq(count, 4, "count");
        assertEq(anchoredAt, block.timestamp, "anchoredAt");
        assertEq(index, 0, "index");
        assertEq(anchor.nextSeq(), 4, "nextSeq");
        assertEq(anchor.batchCount(), 1, "batchCount");
        assertTrue(anchor.verify(root, 2, keccak256(abi.encode("event", uint256(2))), proof), "proof verifies");
        // Swapped event, wrong sequence number, out-of-range sequence, unknown root.
        assertTrue(!anchor.verify(root, 2, keccak256(abi.encode("event", uint256(3))), proof), "swapped event");
        assertTrue(!anchor.verify(root, 3, keccak256(abi.encode("event", uint256(2))), proof), "wrong seq");
        assertTrue(!anchor.verify(root, 9, keccak256(abi.encode("event", uint256(2))), proof), "out of range");
        assertTrue(!anchor.verify(keccak256("x"), 2, keccak256(abi.encode("event", uint256(2))), proof), "unknown root");
    }

    function testSecondBatchContinuesTheSequence() public {
        (bytes32 r1,) = tree4(0, 0);
        (bytes32 r2, bytes32[] memory p2) = tree4(4, 1);
        vm.startPrank(anchorer);
        anchor.anchor(r1, 0, 4);
        anchor.anchor(r2, 4, 4);
        vm.stopPrank();
        assertEq(anchor.nextSeq(), 8, "nextSeq");
        (,,, uint64 index) = anchor.batches(r2);
        assertEq(index, 1, "second batch");
        assertTrue(anchor.verify(r2, 5, keccak256(abi.encode("event", uint256(1))), p2), "second batch proof");
    }

    function testGapsAndOverlapsRejected() public {
        vm.startPrank(anchorer);
        anchor.anchor(keccak256("a"), 0, 10);
        vm.expectRevert(abi.encodeWithSelector(EventAnchor.SequenceGap.selector, 10, 11));
        anchor.anchor(keccak256("b"), 11, 5);
        vm.expectRevert(abi.encodeWithSelector(EventAnchor.SequenceGap.selector, 10, 9));
        anchor.anchor(keccak256("b"), 9, 5);
        vm.expectRevert(EventAnchor.EmptyBatch.selector);
        anchor.anchor(keccak256("b"), 10, 0);
        vm.expectRevert(EventAnchor.ZeroRoot.selector);
        anchor.anchor(bytes32(0), 10, 1);
        vm.expectRevert(abi.encodeWithSelector(EventAnchor.RootExists.selector, keccak256("a")));
        anchor.anchor(keccak256("a"), 10, 1);
        vm.stopPrank();
    }

    function testOnlyAnchorer() public {
        vm.expectRevert(EventAnchor.NotAnchorer.selector);
        anchor.anchor(keccak256("a"), 0, 1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, anchorer));
        vm.prank(anchorer);
        anchor.setAnchorer(address(0xA2));
        vm.prank(owner);
        anchor.setAnchorer(address(0xA2));
        vm.expectRevert(EventAnchor.NotAnchorer.selector);
        vm.prank(anchorer);
        anchor.anchor(keccak256("a"), 0, 1);
        vm.prank(address(0xA2));
        anchor.anchor(keccak256("a"), 0, 1);
    }

    function testFuzzBatchesTileTheJournal(uint64[8] memory sizes) public {
        uint64 next;
        vm.startPrank(anchorer);
        for (uint256 i; i < sizes.length; i++) {
            uint64 n = 1 + sizes[i] % 5_000;
            anchor.anchor(keccak256(abi.encode(i)), next, n);
            next += n;
        }
        vm.stopPrank();
        assertEq(anchor.nextSeq(), next, "batches tile the journal");
        assertEq(anchor.batchCount(), sizes.length, "batch count");
    }
}
