// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Escrow} from "../Escrow.sol";
import {EscrowBase} from "./EscrowBase.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @notice Disputes end: the arbiter decides before the deadline fixed by the order's dispute period, or
/// anyone refunds the buyer in full after it.
contract EscrowDisputeDeadlineTest is EscrowBase {
    bytes32 constant PROOF = keccak256("photo");
    address constant ANYONE = address(0xBEEF);

    function deadline(bytes32 id) internal view returns (uint64 releasableAt) {
        (,,, releasableAt,) = escrow.orders(id);
    }

    function testUndecidedDisputeRefundsBuyerInFullAfterDeadline() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        vm.warp(START + 1 hours);
        uint64 decideBy = START + 1 hours + DISPUTE_PERIOD;
        vm.expectEmit(true, false, false, true);
        emit Escrow.Disputed(id, keccak256("never came"), decideBy);
        vm.prank(buyer);
        escrow.dispute(t, keccak256("never came"));
        assertEq(deadline(id), decideBy, "deadline on the order");

        vm.warp(decideBy - 1);
        vm.expectRevert(abi.encodeWithSelector(Escrow.ArbiterDeadlineRunning.selector, decideBy));
        vm.prank(ANYONE);
        escrow.refundExpiredDispute(t);

        vm.warp(decideBy);
        vm.expectEmit(true, false, false, true);
        emit Escrow.Refunded(id, 1 ether, Escrow.RefundReason.DisputeExpired);
        vm.prank(ANYONE);
        escrow.refundExpiredDispute(t);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Refunded), "refunded");
        assertEq(buyer.balance, 1_000 ether, "buyer has it all back");
        assertEq(address(escrow).balance, 0, "nothing kept, no fee");
        assertEq(escrow.fees(address(0)), 0, "no fee");

        // Closed once: neither the default nor the arbiter can act again.
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Refunded));
        escrow.refundExpiredDispute(t);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Refunded));
        vm.prank(arbiter);
        escrow.resolve(t, 0);
    }

    function testArbiterMustDecideBeforeDeadline() public {
        Escrow.Terms memory t = tokenTerms(100e6);
        bytes32 id = fundToken(t);
        vm.warp(START + 1 days);
        escrow.deliver(t, PROOF, START + 1 days, signDelivery(id, PROOF, START + 1 days));
        vm.warp(START + 2 days);
        vm.prank(buyer);
        escrow.dispute(t, keccak256("broken"));
        // The deadline runs from the dispute, replacing the end of inspection.
        uint64 decideBy = START + 2 days + DISPUTE_PERIOD;
        assertEq(deadline(id), decideBy, "deadline from the dispute");

        vm.warp(decideBy);
        vm.expectRevert(abi.encodeWithSelector(Escrow.ArbiterDeadlinePassed.selector, decideBy));
        vm.prank(arbiter);
        escrow.resolve(t, 0);

        uint256 before = usd.balanceOf(buyer);
        escrow.refundExpiredDispute(t);
        assertEq(usd.balanceOf(buyer) - before, 100e6, "full token refund");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function testArbiterDecidesInTime() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        vm.prank(buyer);
        escrow.dispute(t, keccak256("x"));
        vm.warp(START + DISPUTE_PERIOD - 1);
        vm.prank(arbiter);
        escrow.resolve(t, 0.25 ether);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Resolved), "resolved in time");
        vm.warp(START + DISPUTE_PERIOD);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Resolved));
        escrow.refundExpiredDispute(t);
    }

    function testOnlyDisputedOrdersUseTheDefault() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        vm.warp(START + 365 days);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Funded));
        escrow.refundExpiredDispute(t);
        Escrow.Terms memory unknown = ethTerms(2 ether);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, escrow.orderId(unknown), Escrow.Status.None));
        escrow.refundExpiredDispute(unknown);
    }

    function testSellerMayStillConcedeAfterDeadline() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        vm.prank(buyer);
        escrow.dispute(t, keccak256("x"));
        vm.warp(START + DISPUTE_PERIOD + 1);
        vm.expectEmit(true, false, false, true);
        emit Escrow.Refunded(id, 1 ether, Escrow.RefundReason.BySeller);
        vm.prank(seller);
        escrow.refund(t);
        assertEq(buyer.balance, 1_000 ether, "refunded once");
    }

    function testDisputePeriodIsFixedAtFunding() public {
        Escrow.Terms memory a = ethTerms(1 ether);
        bytes32 idA = fundETH(a);
        setNow(Escrow.Setting.DisputePeriod, 3 days);
        assertEq(escrow.disputePeriod(), 3 days, "new period in force");
        Escrow.Terms memory b = ethTerms(2 ether);
        bytes32 idB = fundETH(b);
        vm.warp(START + 1 hours);
        vm.startPrank(buyer);
        escrow.dispute(a, keccak256("a"));
        escrow.dispute(b, keccak256("b"));
        vm.stopPrank();
        assertEq(deadline(idA), START + 1 hours + 14 days, "funded before: keeps 14 days");
        assertEq(deadline(idB), START + 1 hours + 3 days, "funded after: 3 days");
    }
}

/// @notice Owner changes of fee, treasury, arbiter and dispute period wait CHANGE_DELAY after an
/// announcement; pause does not.
contract EscrowTimelockTest is EscrowBase {
    address constant NEW_ARBITER = address(0xA5);
    address constant ANYONE = address(0xBEEF);

    function testArbiterChangeWaitsForItsDelay() public {
        uint64 effectiveAt = START + 2 days;
        assertEq(escrow.CHANGE_DELAY(), 2 days, "delay");
        vm.expectEmit(true, false, false, true);
        emit Escrow.ChangeProposed(Escrow.Setting.Arbiter, uint160(NEW_ARBITER), effectiveAt);
        vm.prank(owner);
        escrow.proposeArbiter(NEW_ARBITER);
        assertEq(escrow.arbiter(), arbiter, "not yet");
        (uint160 value, uint64 at) = escrow.pendingChanges(Escrow.Setting.Arbiter);
        assertEq(address(value), NEW_ARBITER, "pending value");
        assertEq(at, effectiveAt, "pending effectiveAt");

        // The old arbiter still decides a dispute meanwhile.
        Escrow.Terms memory t = ethTerms(1 ether);
        fundETH(t);
        vm.prank(buyer);
        escrow.dispute(t, keccak256("x"));

        vm.warp(effectiveAt - 1);
        vm.expectRevert(abi.encodeWithSelector(Escrow.ChangeNotDue.selector, Escrow.Setting.Arbiter, effectiveAt));
        escrow.applyChange(Escrow.Setting.Arbiter);

        vm.warp(effectiveAt);
        vm.expectEmit(false, false, false, true);
        emit Escrow.ArbiterChanged(NEW_ARBITER);
        vm.prank(ANYONE);
        escrow.applyChange(Escrow.Setting.Arbiter);
        assertEq(escrow.arbiter(), NEW_ARBITER, "applied");
        vm.expectRevert(abi.encodeWithSelector(Escrow.NoPendingChange.selector, Escrow.Setting.Arbiter));
        escrow.applyChange(Escrow.Setting.Arbiter);

        vm.expectRevert(Escrow.NotArbiter.selector);
        vm.prank(arbiter);
        escrow.resolve(t, 0);
        vm.prank(NEW_ARBITER);
        escrow.resolve(t, 1 ether);
    }

    function testFeeTreasuryAndPeriodChangesWait() public {
        vm.startPrank(owner);
        escrow.proposeFee(500);
        escrow.proposeTreasury(address(0x7F));
        escrow.proposeDisputePeriod(30 days);
        vm.stopPrank();
        // Until applied, new orders get the old fee and period, and fees go to the old treasury.
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        (, uint16 bps,,, uint32 period) = escrow.orders(id);
        assertEq(bps, FEE_BPS, "old fee");
        assertEq(period, DISPUTE_PERIOD, "old period");
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        escrow.withdrawFees(address(0));
        assertEq(treasury.balance, fee(1 ether), "old treasury");

        vm.warp(START + 2 days);
        escrow.applyChange(Escrow.Setting.Fee);
        escrow.applyChange(Escrow.Setting.Treasury);
        escrow.applyChange(Escrow.Setting.DisputePeriod);
        assertEq(escrow.feeBps(), 500, "fee applied");
        assertEq(escrow.treasury(), address(0x7F), "treasury applied");
        assertEq(escrow.disputePeriod(), 30 days, "period applied");
        assertTrue(!escrow.paused(), "packed neighbours untouched");
    }

    function testCancelledChangeNeverApplies() public {
        vm.prank(owner);
        escrow.proposeTreasury(address(0x7F));
        vm.expectEmit(true, false, false, false);
        emit Escrow.ChangeCancelled(Escrow.Setting.Treasury);
        vm.prank(owner);
        escrow.cancelChange(Escrow.Setting.Treasury);
        vm.warp(START + 3 days);
        vm.expectRevert(abi.encodeWithSelector(Escrow.NoPendingChange.selector, Escrow.Setting.Treasury));
        escrow.applyChange(Escrow.Setting.Treasury);
        assertEq(escrow.treasury(), treasury, "unchanged");
        vm.expectRevert(abi.encodeWithSelector(Escrow.NoPendingChange.selector, Escrow.Setting.Treasury));
        vm.prank(owner);
        escrow.cancelChange(Escrow.Setting.Treasury);
    }

    function testNewProposalRestartsTheDelay() public {
        vm.prank(owner);
        escrow.proposeFee(100);
        vm.warp(START + 1 days);
        vm.prank(owner);
        escrow.proposeFee(900);
        vm.warp(START + 2 days);
        vm.expectRevert(
            abi.encodeWithSelector(Escrow.ChangeNotDue.selector, Escrow.Setting.Fee, START + 1 days + 2 days)
        );
        escrow.applyChange(Escrow.Setting.Fee);
        vm.warp(START + 3 days);
        escrow.applyChange(Escrow.Setting.Fee);
        assertEq(escrow.feeBps(), 900, "the last announcement wins");
    }

    function testPauseStaysImmediate() public {
        vm.prank(owner);
        escrow.pause();
        assertTrue(escrow.paused(), "paused at once");
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, ANYONE));
        vm.prank(ANYONE);
        escrow.unpause();
    }
}
