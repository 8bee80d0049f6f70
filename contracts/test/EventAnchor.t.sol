// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EventAnchor} from "../EventAnchor.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {TestBase} from "./Vm.sol";

contract EventAnchorTest is TestBase {
    EventAnchor internal anchor;
    address internal owner = address(0x0E);
    address internal anchorer = address(0xA1);

    event Checkpoint(uint64 indexed size, bytes32 indexed root);

    /// @dev A contract that already holds a checkpoint, anchored here so that its storage is cold
    /// in the test (setUp runs in its own transaction), as in a steady-state anchoring transaction.
    EventAnchor internal steady;

    function setUp() public {
        anchor = new EventAnchor(owner, anchorer);
        steady = new EventAnchor(owner, anchorer);
        vm.prank(anchorer);
        steady.anchor(1_000, keccak256("first"));
    }

    function testCheckpointsGrow() public {
        vm.startPrank(anchorer);
        vm.expectEmit(true, true, true, true);
        emit Checkpoint(3, keccak256("r3"));
        anchor.anchor(3, keccak256("r3"));
        assertEq(anchor.size(), 3, "size");
        anchor.anchor(10, keccak256("r10"));
        assertEq(anchor.size(), 10, "size grows");
        vm.stopPrank();
    }

    function testShrinkingOrStandingStillRefused() public {
        vm.startPrank(anchorer);
        anchor.anchor(10, keccak256("a"));
        vm.expectRevert(abi.encodeWithSelector(EventAnchor.NotGrowing.selector, 10, 9));
        anchor.anchor(9, keccak256("b"));
        vm.expectRevert(abi.encodeWithSelector(EventAnchor.NotGrowing.selector, 10, 10));
        anchor.anchor(10, keccak256("b")); // the same size with another root: a fork
        vm.expectRevert(EventAnchor.ZeroRoot.selector);
        anchor.anchor(11, bytes32(0));
        vm.stopPrank();
        EventAnchor fresh = new EventAnchor(owner, address(this));
        vm.expectRevert(abi.encodeWithSelector(EventAnchor.NotGrowing.selector, 0, 0));
        fresh.anchor(0, keccak256("empty"));
    }

    function testOnlyAnchorer() public {
        vm.expectRevert(abi.encodeWithSelector(EventAnchor.NotAnchorer.selector, address(this)));
        anchor.anchor(1, keccak256("a"));
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, anchorer));
        vm.prank(anchorer);
        anchor.setAnchorer(address(0xA2));
        vm.prank(owner);
        anchor.setAnchorer(address(0xA2));
        assertEq(anchor.anchorer(), address(0xA2), "rotated");
        vm.expectRevert(abi.encodeWithSelector(EventAnchor.NotAnchorer.selector, anchorer));
        vm.prank(anchorer);
        anchor.anchor(1, keccak256("a"));
        vm.prank(address(0xA2));
        anchor.anchor(1, keccak256("a"));
        vm.expectRevert(EventAnchor.ZeroAddress.selector);
        vm.prank(owner);
        anchor.setAnchorer(address(0));
    }

    /// @dev The gas of a checkpoint anchor as a transaction would pay it: 21,000, the calldata (EIP-2028:
    /// 16 per non-zero byte, 4 per zero byte) and the execution measured here. The contract's account is
    /// made warm first (EXTCODESIZE, which touches no storage) so that the measured execution does not
    /// count the test's own CALL to a cold account, which a transaction does not pay; the storage slot
    /// is cold, as in a transaction.
    function testCheckpointAnchorCostsAtMost30000Gas() public {
        vm.startPrank(anchorer);
        EventAnchor a = steady;
        bytes32 root = keccak256("second");
        bytes memory data = abi.encodeCall(EventAnchor.anchor, (uint64(1_000_000), root));
        uint256 calldataGas;
        for (uint256 i; i < data.length; i++) {
            calldataGas += data[i] == 0 ? 4 : 16;
        }
        require(address(a).code.length > 0);
        uint256 before = gasleft();
        a.anchor(1_000_000, root);
        uint256 exec = before - gasleft();
        vm.stopPrank();
        uint256 total = 21_000 + calldataGas + exec;
        if (total > 30_000) revert AssertionFailed("checkpoint anchor gas", total, 30_000);
    }

    function testFuzzSizesOnlyGrow(uint64[8] memory steps) public {
        uint64 last;
        vm.startPrank(anchorer);
        for (uint256 i; i < steps.length; i++) {
            uint64 next = last + 1 + steps[i] % 5_000;
            anchor.anchor(next, keccak256(abi.encode(i)));
            last = next;
        }
        vm.expectRevert(abi.encodeWithSelector(EventAnchor.NotGrowing.selector, last, last));
        anchor.anchor(last, keccak256("again"));
        vm.stopPrank();
        assertEq(anchor.size(), last, "size is the last checkpoint");
    }
}
