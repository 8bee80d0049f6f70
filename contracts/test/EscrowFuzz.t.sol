// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Escrow} from "../Escrow.sol";
import {TestToken} from "../TestToken.sol";
import {EscrowBase} from "./EscrowBase.sol";
import {TestBase} from "./Vm.sol";

/// @notice Fuzzed amounts, fees and split ratios: no wei is created or lost.
contract EscrowFuzzTest is EscrowBase {
    function testFuzzReleaseSplitsExactly(uint256 amount, uint16 feeBps) public {
        amount = 1 + amount % 1e30;
        feeBps = uint16(feeBps % (escrow.MAX_FEE_BPS() + 1));
        setNow(Escrow.Setting.Fee, feeBps);
        usd.mint(buyer, amount);
        Escrow.Terms memory t = tokenTerms(amount);
        fundToken(t);
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        uint256 expectedFee = amount * feeBps / 10_000; // rounded down: the seller keeps the dust
        assertEq(escrow.fees(address(usd)), expectedFee, "fee");
        assertEq(usd.balanceOf(seller) + expectedFee, amount, "seller + fee == amount");
        assertEq(usd.balanceOf(address(escrow)), expectedFee, "escrow keeps only the fee");
    }

    function testFuzzResolveSplitsExactly(uint256 amount, uint256 buyerShare, uint16 feeBps) public {
        amount = 1 + amount % 1e30;
        buyerShare = buyerShare % (amount + 1);
        feeBps = uint16(feeBps % (escrow.MAX_FEE_BPS() + 1));
        setNow(Escrow.Setting.Fee, feeBps);
        vm.deal(buyer, amount);
        Escrow.Terms memory t = ethTerms(amount);
        fundETH(t);
        vm.prank(buyer);
        escrow.dispute(t, bytes32(0));
        vm.prank(arbiter);
        escrow.resolve(t, buyerShare);
        uint256 expectedFee = (amount - buyerShare) * feeBps / 10_000;
        assertEq(buyer.balance, buyerShare, "buyer share");
        assertEq(seller.balance, amount - buyerShare - expectedFee, "seller share");
        assertEq(address(escrow).balance, expectedFee, "fee stays as credit");
        assertEq(escrow.fees(address(0)), expectedFee, "fee credited");
    }

    function testHugeAmountsCannotLockAnOrder() public {
        uint256 amount = type(uint256).max / 2;
        usd.mint(buyer, amount);
        Escrow.Terms memory t = tokenTerms(amount);
        fundToken(t);
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        uint256 expectedFee = amount / 10_000 * FEE_BPS + (amount % 10_000) * FEE_BPS / 10_000;
        assertEq(escrow.fees(address(usd)), expectedFee, "fee without overflow");
    }

    function testFuzzTinyAmountsRoundInSellersFavour(uint8 amount) public {
        vm.assume(amount > 0 && uint256(amount) * FEE_BPS < 10_000);
        Escrow.Terms memory t = ethTerms(amount);
        fundETH(t);
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        assertEq(seller.balance, amount, "no fee below one unit");
    }
}

/// @notice Drives the escrow through random sequences of every operation and keeps the books.
contract EscrowHandler is TestBase {
    Escrow public immutable escrow;
    TestToken public immutable usd;
    address public immutable arbiter;
    uint256 internal constant ATTESTER_KEY = 0xA77E57;

    uint256[3] internal buyerKeys = [uint256(0xB1), 0xB2, 0xB3];
    uint256[2] internal sellerKeys = [uint256(0x51), 0x52];
    address[2] public payees = [address(0x9A1), address(0x9A2)];
    Escrow.Terms[] internal open;
    /// @notice Sum of the amounts of orders not yet settled, per token.
    mapping(address token => uint256) public openSum;
    /// @notice What the payees must have received (pushed or credited), per token.
    mapping(address token => uint256) public payeeDue;
    /// @notice Accounts that may hold credits, for the invariant's sum.
    address[] public creditors;
    uint256 public nonce;
    /// @notice Settled orders, for the replays that must all fail.
    Escrow.Terms[] internal closed;
    mapping(bytes32 id => bool) internal isClosed;
    /// @notice Times an order was settled again, or an act on a settled order succeeded: must stay 0.
    uint256 public closedTwice;
    /// @notice Disputes that ended by the default full refund (refundExpiredDispute).
    uint256 public expiredDisputes;

    constructor(Escrow escrow_, TestToken usd_, address arbiter_, address treasury_) {
        escrow = escrow_;
        usd = usd_;
        arbiter = arbiter_;
        treasury_; // fees are counted through escrow.fees, not as a credit
        for (uint256 i; i < 3; i++) {
            creditors.push(vm.addr(buyerKeys[i]));
        }
        creditors.push(vm.addr(sellerKeys[0]));
        creditors.push(vm.addr(sellerKeys[1]));
        creditors.push(payees[0]);
        creditors.push(payees[1]);
    }

    function seller(uint256 i) external view returns (address) {
        return vm.addr(sellerKeys[i]);
    }

    function sign(uint256 key, bytes32 structHash) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, escrow.actDigest(structHash));
        return abi.encodePacked(r, s, v);
    }

    function keyOf(address who) internal view returns (uint256) {
        for (uint256 i; i < 3; i++) {
            if (vm.addr(buyerKeys[i]) == who) return buyerKeys[i];
        }
        for (uint256 i; i < 2; i++) {
            if (vm.addr(sellerKeys[i]) == who) return sellerKeys[i];
        }
        revert("unknown party");
    }

    function creditorCount() external view returns (uint256) {
        return creditors.length;
    }

    function fund(uint256 seed, uint256 amount, bool useToken) external {
        amount = 1 + amount % 1e24;
        address b = vm.addr(buyerKeys[seed % 3]);
        Escrow.Terms memory t = Escrow.Terms({
            seller: vm.addr(sellerKeys[seed % 2]),
            payee: payees[(seed / 2) % 2],
            buyer: b,
            token: useToken ? address(usd) : address(0),
            amount: amount,
            attester: vm.addr(ATTESTER_KEY),
            deliverBy: uint64(block.timestamp + 3 days),
            inspectionPeriod: uint32(seed % 3) * 1 days,
            offerHash: keccak256(abi.encode(nonce++))
        });
        if (useToken && seed % 2 == 0) {
            usd.mint(b, amount);
            vm.startPrank(b);
            usd.approve(address(escrow), amount);
            escrow.fundToken(t);
            vm.stopPrank();
        } else if (useToken) {
            // The relayer's path: the buyer's order-bound permit, submitted by someone else.
            usd.mint(b, amount);
            bytes32 id = escrow.orderId(t);
            uint64 until = uint64(block.timestamp + 1 hours);
            bytes32 structHash = keccak256(
                abi.encode(
                    keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                    b,
                    address(escrow),
                    amount,
                    usd.nonces(b),
                    escrow.permitDeadline(id, until)
                )
            );
            (uint8 v, bytes32 r, bytes32 s) =
                vm.sign(keyOf(b), keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
            escrow.fundTokenByPermit(t, until, v, r, s);
        } else {
            vm.deal(b, amount);
            vm.prank(b);
            escrow.fundETH{value: amount}(t);
        }
        open.push(t);
        openSum[t.token] += amount;
    }

    function deliver(uint256 i) external {
        if (open.length == 0) return;
        Escrow.Terms memory t = open[i % open.length];
        bytes32 id = escrow.orderId(t);
        (Escrow.Status st,,,,) = escrow.orders(id);
        if (st != Escrow.Status.Funded || block.timestamp > t.deliverBy) return;
        uint64 at = uint64(block.timestamp);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ATTESTER_KEY, escrow.deliveryDigest(id, keccak256("p"), at));
        escrow.deliver(t, keccak256("p"), at, abi.encodePacked(r, s, v));
        if (t.inspectionPeriod == 0) {
            owePayee(t, t.amount);
            settle(i % open.length);
        }
    }

    function confirm(uint256 i, bool bySig) external {
        if (open.length == 0) return;
        Escrow.Terms memory t = open[i % open.length];
        bytes32 id = escrow.orderId(t);
        (Escrow.Status st,,,,) = escrow.orders(id);
        if (st != Escrow.Status.Funded && st != Escrow.Status.Delivered) return;
        if (bySig) {
            uint64 deadline = uint64(block.timestamp + 1 hours);
            bytes memory sig = sign(keyOf(t.buyer), keccak256(abi.encode(escrow.CONFIRM_TYPEHASH(), id, deadline)));
            escrow.confirmReceiptBySig(t, deadline, sig);
        } else {
            vm.prank(t.buyer);
            escrow.confirmReceipt(t);
        }
        owePayee(t, t.amount);
        settle(i % open.length);
    }

    function release(uint256 i) external {
        if (open.length == 0) return;
        Escrow.Terms memory t = open[i % open.length];
        (Escrow.Status st,,, uint64 releasableAt,) = escrow.orders(escrow.orderId(t));
        if (st != Escrow.Status.Delivered || block.timestamp < releasableAt) return;
        escrow.release(t);
        owePayee(t, t.amount);
        settle(i % open.length);
    }

    function refund(uint256 i) external {
        if (open.length == 0) return;
        Escrow.Terms memory t = open[i % open.length];
        (Escrow.Status st,,,,) = escrow.orders(escrow.orderId(t));
        bytes32 id = escrow.orderId(t);
        if (st == Escrow.Status.Funded && block.timestamp > t.deliverBy) {
            escrow.refundExpired(t);
        } else if (i % 2 == 0) {
            vm.prank(t.seller);
            escrow.refund(t);
        } else {
            uint64 deadline = uint64(block.timestamp + 1 hours);
            bytes memory sig = sign(keyOf(t.seller), keccak256(abi.encode(escrow.REFUND_TYPEHASH(), id, deadline)));
            escrow.refundBySig(t, deadline, sig);
        }
        settle(i % open.length);
    }

    /// @notice The buyer disputes and nobody decides (yet): the order waits for the arbiter or its deadline.
    function dispute(uint256 i) external {
        if (open.length == 0) return;
        Escrow.Terms memory t = open[i % open.length];
        (Escrow.Status st,,, uint64 releasableAt,) = escrow.orders(escrow.orderId(t));
        if (st != Escrow.Status.Funded && !(st == Escrow.Status.Delivered && block.timestamp < releasableAt)) return;
        vm.prank(t.buyer);
        escrow.dispute(t, keccak256("why"));
    }

    /// @notice Anyone applies the default outcome of a disputed order, waiting for its deadline when `wait`.
    function expireDispute(uint256 i, bool wait) external {
        for (uint256 k; k < open.length; k++) {
            uint256 idx = (i + k) % open.length;
            Escrow.Terms memory t = open[idx];
            (Escrow.Status st,,, uint64 decideBy,) = escrow.orders(escrow.orderId(t));
            if (st != Escrow.Status.Disputed) continue;
            if (block.timestamp < decideBy) {
                if (!wait) return;
                vm.warp(decideBy);
            }
            vm.prank(address(0xA11));
            escrow.refundExpiredDispute(t);
            expiredDisputes++;
            settle(idx);
            return;
        }
    }

    function disputeAndResolve(uint256 i, uint256 share) external {
        if (open.length == 0) return;
        Escrow.Terms memory t = open[i % open.length];
        (Escrow.Status st,,, uint64 releasableAt,) = escrow.orders(escrow.orderId(t));
        if (st == Escrow.Status.Delivered && block.timestamp >= releasableAt) return;
        if (st == Escrow.Status.Disputed && block.timestamp >= releasableAt) {
            // The arbiter is too late: the dispute ends in the default full refund.
            vm.prank(arbiter);
            try escrow.resolve(t, share % (t.amount + 1)) {
                closedTwice++;
            } catch {}
            escrow.refundExpiredDispute(t);
            expiredDisputes++;
            settle(i % open.length);
            return;
        }
        if (st != Escrow.Status.Disputed) {
            uint64 deadline = uint64(block.timestamp + 1 hours);
            bytes32 id = escrow.orderId(t);
            bytes memory sig =
                sign(keyOf(t.buyer), keccak256(abi.encode(escrow.DISPUTE_TYPEHASH(), id, keccak256("why"), deadline)));
            escrow.disputeBySig(t, keccak256("why"), deadline, sig);
        }
        uint256 buyerAmount = share % (t.amount + 1);
        vm.prank(arbiter);
        escrow.resolve(t, buyerAmount);
        owePayee(t, t.amount - buyerAmount);
        settle(i % open.length);
    }

    /// @notice Every act on a settled order must fail.
    function replayClosed(uint256 i, uint256 share) external {
        if (closed.length == 0) return;
        Escrow.Terms memory t = closed[i % closed.length];
        try escrow.refundExpiredDispute(t) {
            closedTwice++;
        } catch {}
        vm.prank(arbiter);
        try escrow.resolve(t, share % (t.amount + 1)) {
            closedTwice++;
        } catch {}
        vm.prank(t.seller);
        try escrow.refund(t) {
            closedTwice++;
        } catch {}
        try escrow.release(t) {
            closedTwice++;
        } catch {}
        try escrow.refundExpired(t) {
            closedTwice++;
        } catch {}
    }

    function withdraw(uint256 c, bool token) external {
        address who = creditors[c % creditors.length];
        address tk = token ? address(usd) : address(0);
        if (escrow.credits(who, tk) == 0) return;
        vm.prank(who);
        escrow.withdraw(tk, address(0xD00D));
    }

    function withdrawFees(bool token) external {
        address tk = token ? address(usd) : address(0);
        if (escrow.fees(tk) == 0) return;
        escrow.withdrawFees(tk);
    }

    /// @dev The payee's share of gross (the seller's side of a release or resolution) after the fee.
    function owePayee(Escrow.Terms memory t, uint256 gross) private {
        (, uint16 bps,,,) = escrow.orders(escrow.orderId(t));
        payeeDue[t.token] += gross - gross * bps / 10_000;
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + secs % 2 days);
    }

    function settle(uint256 idx) private {
        bytes32 id = escrow.orderId(open[idx]);
        if (isClosed[id]) closedTwice++;
        isClosed[id] = true;
        closed.push(open[idx]);
        openSum[open[idx].token] -= open[idx].amount;
        open[idx] = open[open.length - 1];
        open.pop();
    }
}

/// @notice Invariants: for ETH and the token, the escrow's balance equals the open orders plus all credits
/// and unwithdrawn fees; every seller share reached a payee (never the seller's key); every order is
/// settled once (by release, refund, resolution or an expired dispute's default refund) and nothing acts
/// on it after.
contract EscrowInvariantTest is EscrowBase {
    EscrowHandler internal handler;
    address[] internal targets;

    function setUp() public override {
        super.setUp();
        handler = new EscrowHandler(escrow, usd, arbiter, treasury);
        targets.push(address(handler));
    }

    function targetContracts() public view returns (address[] memory) {
        return targets;
    }

    function invariant_balanceEqualsOpenOrdersPlusCredits() public view {
        uint256 n = handler.creditorCount();
        uint256 ethCredits;
        uint256 usdCredits;
        for (uint256 i; i < n; i++) {
            address who = handler.creditors(i);
            ethCredits += escrow.credits(who, address(0));
            usdCredits += escrow.credits(who, address(usd));
        }
        assertEq(address(escrow).balance, handler.openSum(address(0)) + ethCredits + escrow.fees(address(0)), "ETH books");
        assertEq(
            usd.balanceOf(address(escrow)),
            handler.openSum(address(usd)) + usdCredits + escrow.fees(address(usd)),
            "token books"
        );
    }

    function invariant_eachOrderClosedOnce() public view {
        assertEq(handler.closedTwice(), 0, "an order settled twice");
    }

    function invariant_sellerSharesReachPayees() public view {
        uint256 eth;
        uint256 tok;
        for (uint256 i; i < 2; i++) {
            address p = handler.payees(i);
            eth += p.balance + escrow.credits(p, address(0));
            tok += usd.balanceOf(p) + escrow.credits(p, address(usd));
            address s = handler.seller(i);
            assertEq(s.balance + usd.balanceOf(s), 0, "the seller key is never paid");
        }
        assertEq(eth, handler.payeeDue(address(0)), "ETH payees");
        assertEq(tok, handler.payeeDue(address(usd)), "token payees");
    }
}
