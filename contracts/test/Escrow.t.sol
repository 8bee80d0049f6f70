// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Escrow} from "../Escrow.sol";
import {EscrowBase} from "./EscrowBase.sol";
import {ContractAttester, FeeOnTransferToken, HostileReceiver, HostileToken} from "./Mocks.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract EscrowLifecycleTest is EscrowBase {
    bytes32 constant PROOF = keccak256("photo sha256 + time");

    function testETHDeliverThenReleaseAfterInspection() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        assertEq(id, escrow.orderId(t), "id");
        assertEq(uint256(status(id)), uint256(Escrow.Status.Funded), "funded");
        assertEq(address(escrow).balance, 1 ether, "escrow holds");

        vm.warp(START + 1 days);
        uint64 at = START + 1 days - 60;
        escrow.deliver(t, PROOF, at, signDelivery(id, PROOF, at));
        (Escrow.Status st, uint16 feeBps, uint64 deliveredAt, uint64 releasableAt, uint32 period) = escrow.orders(id);
        assertEq(uint256(st), uint256(Escrow.Status.Delivered), "delivered");
        assertEq(feeBps, FEE_BPS, "fee snapshot");
        assertEq(period, DISPUTE_PERIOD, "dispute period snapshot");
        assertEq(deliveredAt, at, "deliveredAt");
        assertEq(releasableAt, START + 1 days + 2 days, "releasableAt");

        vm.expectRevert(abi.encodeWithSelector(Escrow.InspectionRunning.selector, releasableAt));
        escrow.release(t);

        vm.warp(releasableAt);
        escrow.release(t);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Released), "released");
        assertEq(seller.balance, 1 ether - fee(1 ether), "seller paid");
        assertEq(escrow.fees(address(0)), fee(1 ether), "fee credited");
        assertEq(address(escrow).balance, fee(1 ether), "only the fee stays");

        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Released));
        escrow.release(t);
    }

    function testBuyerConfirmsReceiptWithoutDelivery() public {
        Escrow.Terms memory t = tokenTerms(30_500_000);
        bytes32 id = fundToken(t);
        assertEq(usd.balanceOf(address(escrow)), 30_500_000, "escrow holds tokens");
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Released), "released");
        assertEq(usd.balanceOf(seller), 30_500_000 - fee(30_500_000), "seller paid");
        assertEq(escrow.fees(address(usd)), fee(30_500_000), "fee");
    }

    function testOnlyBuyerConfirms() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        fundETH(t);
        vm.expectRevert(Escrow.NotBuyer.selector);
        vm.prank(seller);
        escrow.confirmReceipt(t);
    }

    function testZeroInspectionReleasesOnDelivery() public {
        Escrow.Terms memory t = ethTerms(2 ether);
        t.inspectionPeriod = 0;
        bytes32 id = fundETH(t);
        escrow.deliver(t, PROOF, START, signDelivery(id, PROOF, START));
        assertEq(uint256(status(id)), uint256(Escrow.Status.Released), "released at once");
        assertEq(seller.balance, 2 ether - fee(2 ether), "seller paid");
    }

    function testPermitFundingInOneTransaction() public {
        Escrow.Terms memory t = tokenTerms(10e6);
        uint256 deadline = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPermit(BUYER_KEY, buyer, t.amount, usd.nonces(buyer), deadline);
        vm.prank(buyer);
        bytes32 id = escrow.fundTokenWithPermit(t, deadline, v, r, s);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Funded), "funded");
        assertEq(usd.balanceOf(address(escrow)), 10e6, "pulled");
        assertEq(usd.allowance(buyer, address(escrow)), 0, "allowance used up");
    }

    function testFrontRunPermitFallsBackToAllowance() public {
        Escrow.Terms memory t = tokenTerms(10e6);
        uint256 deadline = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPermit(BUYER_KEY, buyer, t.amount, usd.nonces(buyer), deadline);
        // An attacker submits the permit first: the permit call in fundTokenWithPermit now fails.
        usd.permit(buyer, address(escrow), t.amount, deadline, v, r, s);
        vm.prank(buyer);
        bytes32 id = escrow.fundTokenWithPermit(t, deadline, v, r, s);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Funded), "still funded");
    }

    function testPermitOfSomeoneElseDoesNotFund() public {
        Escrow.Terms memory t = tokenTerms(10e6);
        uint256 deadline = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPermit(BUYER_KEY, buyer, t.amount, usd.nonces(buyer), deadline);
        // The permit names the buyer as owner; the attacker (msg.sender) has no allowance of its own.
        vm.expectRevert();
        vm.prank(address(0xBAD));
        escrow.fundTokenWithPermit(t, deadline, v, r, s);
        assertEq(usd.balanceOf(address(escrow)), 0, "nothing pulled");
    }

    function testOperatorFundsOnBuyersBehalf() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        address operator = address(0x0BE4);
        vm.deal(operator, 1 ether);
        vm.prank(operator);
        bytes32 id = escrow.fundETH{value: 1 ether}(t);
        vm.prank(seller);
        escrow.refund(t);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Refunded), "refunded");
        assertEq(buyer.balance, 1_000 ether + 1 ether, "refund goes to the buyer, not the funder");
    }

    function testFeeOnTransferTokenRejected() public {
        FeeOnTransferToken fot = new FeeOnTransferToken();
        fot.mint(buyer, 1_000e18);
        Escrow.Terms memory t = ethTerms(100e18);
        t.token = address(fot);
        vm.startPrank(buyer);
        fot.approve(address(escrow), t.amount);
        vm.expectRevert(abi.encodeWithSelector(Escrow.ShortTransfer.selector, 99e18, 100e18));
        escrow.fundToken(t);
        vm.stopPrank();
        assertEq(uint256(status(escrow.orderId(t))), uint256(Escrow.Status.None), "no order");
    }

    function testWrongValueAndInvalidTerms() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongValue.selector, 0.5 ether, 1 ether));
        vm.prank(buyer);
        escrow.fundETH{value: 0.5 ether}(t);

        Escrow.Terms[5] memory bad;
        for (uint256 i; i < 5; i++) {
            bad[i] = ethTerms(1 ether);
        }
        bad[0].seller = address(0);
        bad[1].attester = address(0);
        bad[2].deliverBy = START; // not in the future
        bad[3].inspectionPeriod = 91 days;
        bad[4].buyer = address(0);
        for (uint256 i; i < 5; i++) {
            vm.expectRevert(Escrow.InvalidTerms.selector);
            vm.prank(buyer);
            escrow.fundETH{value: 1 ether}(bad[i]);
        }
        Escrow.Terms memory zero = ethTerms(0);
        vm.expectRevert(Escrow.InvalidTerms.selector);
        vm.prank(buyer);
        escrow.fundETH(zero);
        // ETH terms through the token path.
        vm.expectRevert(Escrow.InvalidTerms.selector);
        vm.prank(buyer);
        escrow.fundToken(t);
    }

    function testNobodyCanSquatOrAlterAnOrder() public {
        Escrow.Terms memory real = ethTerms(1 ether);
        bytes32 realId = escrow.orderId(real);
        // An attacker funds an order with the same offer but itself as seller and attester.
        Escrow.Terms memory fake = ethTerms(1 wei);
        fake.seller = address(0xBAD);
        fake.attester = address(0xBAD);
        address attacker = address(0xBAD);
        vm.deal(attacker, 1 ether);
        vm.prank(attacker);
        bytes32 fakeId = escrow.fundETH{value: 1 wei}(fake);
        assertTrue(fakeId != realId, "other terms, other id");
        // The real order is still fundable, with its own terms.
        bytes32 id = fundETH(real);
        assertEq(id, realId, "real id");
        // Funding the same terms twice is refused.
        vm.expectRevert(abi.encodeWithSelector(Escrow.AlreadyExists.selector, realId));
        vm.prank(buyer);
        escrow.fundETH{value: 1 ether}(real);
    }

    function testPauseStopsFundingOnly() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        Escrow.Terms memory t2 = ethTerms(2 ether);
        bytes32 id2 = fundETH(t2);
        Escrow.Terms memory t3 = tokenTerms(5e6);
        vm.prank(buyer);
        usd.approve(address(escrow), t3.amount);

        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        escrow.pause();
        vm.prank(owner);
        escrow.pause();

        Escrow.Terms memory t4 = ethTerms(3 ether);
        vm.expectRevert(Escrow.EnforcedPause.selector);
        vm.prank(buyer);
        escrow.fundETH{value: 3 ether}(t4);
        vm.expectRevert(Escrow.EnforcedPause.selector);
        vm.prank(buyer);
        escrow.fundToken(t3);

        // Refunds, releases and withdrawals are never paused.
        vm.prank(seller);
        escrow.refund(t);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Refunded), "refund while paused");
        vm.prank(buyer);
        escrow.confirmReceipt(t2);
        assertEq(uint256(status(id2)), uint256(Escrow.Status.Released), "release while paused");
        escrow.withdrawFees(address(0));
        assertEq(treasury.balance, fee(2 ether), "fees withdrawn while paused");

        vm.prank(owner);
        escrow.unpause();
        fundETH(t4);
    }

    function testAdminSettersGuarded() public {
        vm.expectRevert(abi.encodeWithSelector(Escrow.FeeTooHigh.selector, 1_001));
        vm.prank(owner);
        escrow.proposeFee(1_001);
        vm.expectRevert(Escrow.ZeroAddress.selector);
        vm.prank(owner);
        escrow.proposeTreasury(address(0));
        vm.expectRevert(Escrow.ZeroAddress.selector);
        vm.prank(owner);
        escrow.proposeArbiter(address(0));
        vm.expectRevert(abi.encodeWithSelector(Escrow.InvalidDisputePeriod.selector, 1 days - 1));
        vm.prank(owner);
        escrow.proposeDisputePeriod(1 days - 1);
        vm.expectRevert(abi.encodeWithSelector(Escrow.InvalidDisputePeriod.selector, 90 days + 1));
        vm.prank(owner);
        escrow.proposeDisputePeriod(90 days + 1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, arbiter));
        vm.prank(arbiter);
        escrow.proposeArbiter(arbiter);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, arbiter));
        vm.prank(arbiter);
        escrow.proposeDisputePeriod(2 days);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, arbiter));
        vm.prank(arbiter);
        escrow.cancelChange(Escrow.Setting.Fee);
        vm.expectRevert(abi.encodeWithSelector(Escrow.InvalidDisputePeriod.selector, 0));
        new Escrow(owner, treasury, arbiter, FEE_BPS, 0);
    }

    function testFeeChangeDoesNotTouchFundedOrders() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        fundETH(t);
        setNow(Escrow.Setting.Fee, 1_000);
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        assertEq(seller.balance, 1 ether - fee(1 ether), "old fee applies");
    }

    function signPermit(uint256 key, address holder, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (uint8, bytes32, bytes32)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                holder,
                address(escrow),
                value,
                nonce,
                deadline
            )
        );
        return vm.sign(key, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
    }
}

contract EscrowDeliveryTest is EscrowBase {
    bytes32 constant PROOF = keccak256("photo");

    function testDigestMatchesContract() public view {
        bytes32 id = escrow.orderId(ethTerms(1 ether));
        assertEq(
            escrow.deliveryDigest(id, PROOF, START),
            deliveryDigest(block.chainid, address(escrow), id, PROOF, START),
            "EIP-712 digest"
        );
    }

    function testWrongAttesterRejected() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        bytes memory sig = signDigest(0xBAD, deliveryDigest(block.chainid, address(escrow), id, PROOF, START));
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.deliver(t, PROOF, START, sig);
    }

    function testSignatureForOtherOrderRejected() public {
        Escrow.Terms memory a = ethTerms(1 ether);
        Escrow.Terms memory b = ethTerms(2 ether);
        bytes32 idA = fundETH(a);
        fundETH(b);
        bytes memory sigA = signDelivery(idA, PROOF, START);
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.deliver(b, PROOF, START, sigA);
    }

    function testSignatureForOtherChainRejected() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        bytes memory sig = signDigest(ATTESTER_KEY, deliveryDigest(block.chainid + 1, address(escrow), id, PROOF, START));
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.deliver(t, PROOF, START, sig);
    }

    function testSignatureForOtherContractRejected() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        Escrow other = new Escrow(owner, treasury, arbiter, FEE_BPS, DISPUTE_PERIOD);
        bytes memory sig = signDigest(ATTESTER_KEY, deliveryDigest(block.chainid, address(other), id, PROOF, START));
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.deliver(t, PROOF, START, sig);
    }

    function testChangedFieldsRejected() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        bytes memory sig = signDelivery(id, PROOF, START);
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.deliver(t, keccak256("other photo"), START, sig);
        vm.warp(START + 10);
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.deliver(t, PROOF, START + 1, sig);
    }

    function testChainForkReplayRejected() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        bytes memory sig = signDelivery(id, PROOF, START);
        // After a chain split the same contract address lives on another chain id; the id and domain move.
        vm.chainId(block.chainid + 7);
        vm.expectRevert();
        escrow.deliver(t, PROOF, START, sig);
    }

    function testReplayedDeliveryRejected() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        bytes memory sig = signDelivery(id, PROOF, START);
        escrow.deliver(t, PROOF, START, sig);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Delivered));
        escrow.deliver(t, PROOF, START, sig);
    }

    function testLateAndFutureDeliveryRejected() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        uint64 late = t.deliverBy + 1;
        vm.warp(late + 1);
        vm.expectRevert(abi.encodeWithSelector(Escrow.LateDelivery.selector, late, t.deliverBy));
        escrow.deliver(t, PROOF, late, signDelivery(id, PROOF, late));

        Escrow.Terms memory t2 = ethTerms(2 ether);
        t2.deliverBy = uint64(block.timestamp) + 7 days;
        bytes32 id2 = fundETH(t2);
        uint64 future = uint64(block.timestamp) + 1 hours;
        vm.expectRevert(abi.encodeWithSelector(Escrow.FutureDelivery.selector, future));
        escrow.deliver(t2, PROOF, future, signDelivery(id2, PROOF, future));
    }

    function testContractAttesterERC1271() public {
        ContractAttester wallet = new ContractAttester(vm.addr(ATTESTER_KEY));
        Escrow.Terms memory t = ethTerms(1 ether);
        t.attester = address(wallet);
        bytes32 id = fundETH(t);
        escrow.deliver(t, PROOF, START, signDelivery(id, PROOF, START));
        assertEq(uint256(status(id)), uint256(Escrow.Status.Delivered), "ERC-1271 accepted");

        Escrow.Terms memory t2 = ethTerms(2 ether);
        t2.attester = address(wallet);
        bytes32 id2 = fundETH(t2);
        bytes memory bad = signDigest(0xBAD, deliveryDigest(block.chainid, address(escrow), id2, PROOF, START));
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.deliver(t2, PROOF, START, bad);
    }
}

contract EscrowRefundDisputeTest is EscrowBase {
    bytes32 constant PROOF = keccak256("photo");

    function testLateDeliveryRefund() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        vm.expectRevert(abi.encodeWithSelector(Escrow.NotExpired.selector, t.deliverBy));
        escrow.refundExpired(t);
        vm.warp(t.deliverBy + 1);
        escrow.refundExpired(t); // anyone may call it
        assertEq(uint256(status(id)), uint256(Escrow.Status.Refunded), "refunded");
        assertEq(buyer.balance, 1_000 ether, "buyer whole again");
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Refunded));
        escrow.refundExpired(t);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Refunded));
        vm.prank(seller);
        escrow.refund(t);
    }

    function testNoExpiryRefundAfterValidDelivery() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        escrow.deliver(t, PROOF, START, signDelivery(id, PROOF, START));
        vm.warp(t.deliverBy + 1);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Delivered));
        escrow.refundExpired(t);
    }

    function testSellerRefundOnlyBySellerAndBeforeRelease() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        vm.expectRevert(Escrow.NotSeller.selector);
        vm.prank(buyer);
        escrow.refund(t);
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Released));
        vm.prank(seller);
        escrow.refund(t);
    }

    function testDisputeAfterReleaseRejected() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Released));
        vm.prank(buyer);
        escrow.dispute(t, keccak256("reason"));
    }

    function testDisputeWindow() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        escrow.deliver(t, PROOF, START, signDelivery(id, PROOF, START));
        vm.expectRevert(Escrow.NotBuyer.selector);
        vm.prank(seller);
        escrow.dispute(t, keccak256("reason"));
        vm.warp(START + 2 days);
        vm.expectRevert(abi.encodeWithSelector(Escrow.InspectionOver.selector, START + 2 days));
        vm.prank(buyer);
        escrow.dispute(t, keccak256("reason"));
    }

    function testDisputeBlocksReleaseAndExpiry() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        escrow.deliver(t, PROOF, START, signDelivery(id, PROOF, START));
        vm.prank(buyer);
        escrow.dispute(t, keccak256("broken"));
        vm.warp(t.deliverBy + 30 days);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Disputed));
        escrow.release(t);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Disputed));
        escrow.refundExpired(t);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Disputed));
        vm.prank(buyer);
        escrow.confirmReceipt(t);
    }

    function testArbiterPartialRefund() public {
        Escrow.Terms memory t = tokenTerms(100e6);
        bytes32 id = fundToken(t);
        vm.prank(buyer);
        escrow.dispute(t, keccak256("half broken"));
        vm.expectRevert(Escrow.NotArbiter.selector);
        vm.prank(seller);
        escrow.resolve(t, 40e6);
        vm.expectRevert(abi.encodeWithSelector(Escrow.SplitTooLarge.selector, 100e6 + 1, 100e6));
        vm.prank(arbiter);
        escrow.resolve(t, 100e6 + 1);

        uint256 buyerBefore = usd.balanceOf(buyer);
        vm.prank(arbiter);
        escrow.resolve(t, 40e6);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Resolved), "resolved");
        assertEq(usd.balanceOf(buyer) - buyerBefore, 40e6, "buyer share");
        assertEq(usd.balanceOf(seller), 60e6 - fee(60e6), "seller share minus fee");
        assertEq(escrow.fees(address(usd)), fee(60e6), "fee on seller share only");
        assertEq(usd.balanceOf(address(escrow)), fee(60e6), "nothing else left");
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Resolved));
        vm.prank(arbiter);
        escrow.resolve(t, 0);
    }

    function testArbiterFullRefundTakesNoFee() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        fundETH(t);
        vm.prank(buyer);
        escrow.dispute(t, keccak256("never arrived"));
        vm.prank(arbiter);
        escrow.resolve(t, 1 ether);
        assertEq(buyer.balance, 1_000 ether, "full refund");
        assertEq(escrow.fees(address(0)), 0, "no fee");
    }

    function testSellerMayConcedeADispute() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        bytes32 id = fundETH(t);
        vm.prank(buyer);
        escrow.dispute(t, keccak256("x"));
        vm.prank(seller);
        escrow.refund(t);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Refunded), "refunded");
    }
}

contract EscrowHostileTest is EscrowBase {
    function testRevertingETHSellerGetsCredit() public {
        HostileReceiver wallet = new HostileReceiver(escrow);
        wallet.setMode(HostileReceiver.Mode.Revert, "");
        Escrow.Terms memory t = ethTerms(1 ether);
        t.seller = address(wallet);
        t.payee = address(wallet);
        bytes32 id = fundETH(t);
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Released), "not locked");
        assertEq(escrow.credits(address(wallet), address(0)), 1 ether - fee(1 ether), "credited");
        // The wallet withdraws to an address that can take ETH.
        wallet.act(abi.encodeCall(Escrow.withdraw, (address(0), address(0xCAFE))));
        assertEq(address(0xCAFE).balance, 1 ether - fee(1 ether), "withdrawn");
        vm.expectRevert(Escrow.NothingToWithdraw.selector);
        wallet.act(abi.encodeCall(Escrow.withdraw, (address(0), address(0xCAFE))));
    }

    function testGasBurningETHBuyerCannotBlockRefund() public {
        HostileReceiver wallet = new HostileReceiver(escrow);
        wallet.setMode(HostileReceiver.Mode.BurnGas, "");
        Escrow.Terms memory t = ethTerms(1 ether);
        t.buyer = address(wallet);
        bytes32 id = fundETH(t);
        vm.warp(t.deliverBy + 1);
        escrow.refundExpired(t);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Refunded), "refunded");
        assertEq(escrow.credits(address(wallet), address(0)), 1 ether, "credited");
    }

    function testReentrantETHRecipientCannotDoubleSpend() public {
        HostileReceiver wallet = new HostileReceiver(escrow);
        Escrow.Terms memory t = ethTerms(1 ether);
        t.seller = address(wallet);
        t.payee = address(wallet);
        bytes32 id = fundETH(t);
        // On payout the seller re-enters to refund the same order to the buyer (it is the seller).
        wallet.setMode(HostileReceiver.Mode.Reenter, abi.encodeCall(Escrow.refund, (t)));
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        assertTrue(!wallet.reentrySucceeded(), "re-entry blocked");
        assertEq(uint256(status(id)), uint256(Escrow.Status.Released), "released once");
        assertEq(address(wallet).balance, 1 ether - fee(1 ether), "paid once");
        assertEq(buyer.balance, 999 ether, "buyer not refunded as well");
        assertEq(address(escrow).balance, fee(1 ether), "books balance");
    }

    function testReentrantTokenCannotDoubleSpend() public {
        HostileToken hst = new HostileToken();
        hst.mint(buyer, 100e18);
        Escrow.Terms memory t = ethTerms(10e18);
        t.token = address(hst);
        vm.startPrank(buyer);
        hst.approve(address(escrow), t.amount);
        bytes32 id = escrow.fundToken(t);
        vm.stopPrank();
        // When the escrow pays the seller, the token re-enters to refund the same order.
        hst.arm(escrow, seller, abi.encodeCall(Escrow.refundExpired, (t)), false);
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        assertTrue(hst.reentered(), "token re-entered");
        assertTrue(!hst.reentrySucceeded(), "re-entry blocked");
        assertEq(uint256(status(id)), uint256(Escrow.Status.Released), "released once");
        assertEq(hst.balanceOf(seller), t.amount - fee(t.amount), "seller paid once");
        assertEq(hst.balanceOf(address(escrow)), fee(t.amount), "books balance");
    }

    function testBlocklistedTokenRecipientGetsCredit() public {
        HostileToken hst = new HostileToken();
        hst.mint(buyer, 100e18);
        Escrow.Terms memory t = ethTerms(10e18);
        t.token = address(hst);
        vm.startPrank(buyer);
        hst.approve(address(escrow), t.amount);
        escrow.fundToken(t);
        vm.stopPrank();
        hst.arm(escrow, seller, "", true);
        vm.prank(buyer);
        escrow.confirmReceipt(t);
        assertEq(escrow.credits(seller, address(hst)), t.amount - fee(t.amount), "credited, not locked");
        vm.prank(seller);
        escrow.withdraw(address(hst), address(0x5AFE));
        assertEq(hst.balanceOf(address(0x5AFE)), t.amount - fee(t.amount), "withdrawn elsewhere");
    }
}

/// @notice Gasless parties: the relayer submits the buyer's and seller's signed acts and the buyer's
/// order-bound permit; the seller's share goes straight to the payee.
contract EscrowGaslessTest is EscrowBase {
    uint256 internal constant SELLER_KEY = 0x5E11;
    address internal relayer = address(0x4E1A);
    address internal payee = address(0x9A1EE);
    address internal sellerKey;

    function setUp() public override {
        super.setUp();
        sellerKey = vm.addr(SELLER_KEY);
        vm.deal(buyer, 0); // the custodial buyer holds tokens only
    }

    function gaslessTerms(uint256 amount) internal view returns (Escrow.Terms memory t) {
        t = tokenTerms(amount);
        t.seller = sellerKey;
        t.payee = payee;
    }

    function signAct(uint256 key, bytes32 structHash) internal view returns (bytes memory) {
        return signDigest(key, escrow.actDigest(structHash));
    }

    function confirmSig(uint256 key, bytes32 id, uint64 deadline) internal view returns (bytes memory) {
        return signAct(key, keccak256(abi.encode(keccak256("ConfirmReceipt(bytes32 orderId,uint64 deadline)"), id, deadline)));
    }

    function refundSig(uint256 key, bytes32 id, uint64 deadline) internal view returns (bytes memory) {
        return signAct(key, keccak256(abi.encode(keccak256("Refund(bytes32 orderId,uint64 deadline)"), id, deadline)));
    }

    function disputeSig(uint256 key, bytes32 id, bytes32 reason, uint64 deadline) internal view returns (bytes memory) {
        return signAct(
            key,
            keccak256(abi.encode(keccak256("Dispute(bytes32 orderId,bytes32 reasonHash,uint64 deadline)"), id, reason, deadline))
        );
    }

    function permitFor(Escrow.Terms memory t, uint64 until) internal view returns (uint8, bytes32, bytes32) {
        bytes32 id = escrow.orderId(t);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                t.buyer,
                address(escrow),
                t.amount,
                usd.nonces(t.buyer),
                escrow.permitDeadline(id, until)
            )
        );
        return vm.sign(BUYER_KEY, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
    }

    function relayFund(Escrow.Terms memory t) internal returns (bytes32 id) {
        uint64 until = uint64(block.timestamp + 1 hours);
        (uint8 v, bytes32 r, bytes32 s) = permitFor(t, until);
        vm.prank(relayer);
        id = escrow.fundTokenByPermit(t, until, v, r, s);
    }

    function testTokenSaleWithNoETHPaysPayeeInTheRelease() public {
        Escrow.Terms memory t = gaslessTerms(30e6);
        bytes32 id = relayFund(t);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Funded), "funded by the relayer");
        assertEq(usd.balanceOf(address(escrow)), 30e6, "pulled from the buyer");
        uint64 deadline = uint64(block.timestamp + 1 hours);
        bytes memory sig = confirmSig(BUYER_KEY, id, deadline);
        vm.prank(relayer);
        escrow.confirmReceiptBySig(t, deadline, sig);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Released), "released");
        assertEq(usd.balanceOf(payee), 30e6 - fee(30e6), "payee paid in the release itself");
        assertEq(usd.balanceOf(sellerKey), 0, "seller key gets nothing to forward");
        assertEq(escrow.fees(address(usd)), fee(30e6), "fee kept");
        assertEq(buyer.balance + sellerKey.balance, 0, "no party held ETH");
    }

    function testConfirmSignatureActsOnce() public {
        Escrow.Terms memory t = gaslessTerms(10e6);
        bytes32 id = relayFund(t);
        uint64 deadline = uint64(block.timestamp + 1 hours);
        bytes memory sig = confirmSig(BUYER_KEY, id, deadline);
        escrow.confirmReceiptBySig(t, deadline, sig);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Released));
        escrow.confirmReceiptBySig(t, deadline, sig);
    }

    function testWrongSignersRejected() public {
        Escrow.Terms memory t = gaslessTerms(10e6);
        bytes32 id = relayFund(t);
        uint64 deadline = uint64(block.timestamp + 1 hours);
        // The seller cannot confirm for the buyer, the buyer cannot refund for the seller.
        bytes memory bySeller = confirmSig(SELLER_KEY, id, deadline);
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.confirmReceiptBySig(t, deadline, bySeller);
        bytes memory byBuyer = refundSig(BUYER_KEY, id, deadline);
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.refundBySig(t, deadline, byBuyer);
        // A signature of one act is not a signature of another, nor of another deadline.
        bytes memory confirm = confirmSig(BUYER_KEY, id, deadline);
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.disputeBySig(t, bytes32(0), deadline, confirm);
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.confirmReceiptBySig(t, deadline + 1, confirm);
        // Nor of another order.
        Escrow.Terms memory other = gaslessTerms(11e6);
        relayFund(other);
        vm.expectRevert(Escrow.BadSignature.selector);
        escrow.confirmReceiptBySig(other, deadline, confirm);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Funded), "nothing moved");
    }

    function testExpiredSignatureRejected() public {
        Escrow.Terms memory t = gaslessTerms(10e6);
        bytes32 id = relayFund(t);
        uint64 deadline = uint64(block.timestamp + 60);
        bytes memory sig = refundSig(SELLER_KEY, id, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(Escrow.SignatureExpired.selector, deadline));
        escrow.refundBySig(t, deadline, sig);
    }

    function testRefundBySigFromChatAndDuringDispute() public {
        Escrow.Terms memory t = gaslessTerms(10e6);
        bytes32 id = relayFund(t);
        uint64 deadline = uint64(block.timestamp + 1 hours);
        uint256 before = usd.balanceOf(buyer);
        // The buyer disputes by signature, then the merchant concedes from chat by signature.
        escrow.disputeBySig(t, keccak256("broken"), deadline, disputeSig(BUYER_KEY, id, keccak256("broken"), deadline));
        assertEq(uint256(status(id)), uint256(Escrow.Status.Disputed), "disputed");
        bytes memory again = disputeSig(BUYER_KEY, id, keccak256("broken"), deadline);
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Disputed));
        escrow.disputeBySig(t, keccak256("broken"), deadline, again);
        bytes memory sig = refundSig(SELLER_KEY, id, deadline);
        vm.prank(relayer);
        escrow.refundBySig(t, deadline, sig);
        assertEq(uint256(status(id)), uint256(Escrow.Status.Refunded), "refunded");
        assertEq(usd.balanceOf(buyer) - before, 10e6, "buyer whole again");
        vm.expectRevert(abi.encodeWithSelector(Escrow.WrongStatus.selector, id, Escrow.Status.Refunded));
        escrow.refundBySig(t, deadline, sig);
        // The seller key may still refund itself; the payee may not.
        Escrow.Terms memory t2 = gaslessTerms(12e6);
        relayFund(t2);
        vm.expectRevert(Escrow.NotSeller.selector);
        vm.prank(payee);
        escrow.refund(t2);
        vm.prank(sellerKey);
        escrow.refund(t2);
    }

    function testResolutionPaysPayee() public {
        Escrow.Terms memory t = gaslessTerms(100e6);
        bytes32 id = relayFund(t);
        uint64 deadline = uint64(block.timestamp + 1 hours);
        escrow.disputeBySig(t, bytes32(0), deadline, disputeSig(BUYER_KEY, id, bytes32(0), deadline));
        vm.prank(arbiter);
        escrow.resolve(t, 40e6);
        assertEq(usd.balanceOf(payee), 60e6 - fee(60e6), "payee gets the seller share");
        assertEq(usd.balanceOf(sellerKey), 0, "seller key gets nothing");
    }

    function testPermitIsBoundToItsOrder() public {
        Escrow.Terms memory t = gaslessTerms(10e6);
        uint64 until = uint64(block.timestamp + 1 hours);
        (uint8 v, bytes32 r, bytes32 s) = permitFor(t, until);
        // A front-runner replays the buyer's permit with itself as payee: the permit names another order.
        Escrow.Terms memory stolen = gaslessTerms(10e6);
        stolen.payee = address(0xBAD);
        vm.expectRevert();
        vm.prank(address(0xBAD));
        escrow.fundTokenByPermit(stolen, until, v, r, s);
        // Nor can it use a standing allowance of the buyer's without a permit of the buyer's.
        vm.prank(buyer);
        usd.approve(address(escrow), 10e6);
        vm.expectRevert();
        vm.prank(address(0xBAD));
        escrow.fundTokenByPermit(stolen, until, 27, bytes32(0), bytes32(0));
        assertEq(usd.balanceOf(address(escrow)), 0, "nothing pulled");
        // An expired permit is refused before the token is called.
        vm.warp(until + 1);
        vm.expectRevert(abi.encodeWithSelector(Escrow.SignatureExpired.selector, until));
        escrow.fundTokenByPermit(t, until, v, r, s);
    }

    function testContractWalletBuyerSignsByERC1271() public {
        ContractAttester wallet = new ContractAttester(vm.addr(BUYER_KEY));
        Escrow.Terms memory t = ethTerms(1 ether);
        t.buyer = address(wallet);
        t.payee = payee;
        vm.deal(address(this), 1 ether);
        bytes32 id = escrow.fundETH{value: 1 ether}(t);
        uint64 deadline = uint64(block.timestamp + 1 hours);
        escrow.confirmReceiptBySig(t, deadline, confirmSig(BUYER_KEY, id, deadline));
        assertEq(payee.balance, 1 ether - fee(1 ether), "ETH payee paid");
    }

    function testZeroPayeeRejected() public {
        Escrow.Terms memory t = ethTerms(1 ether);
        t.payee = address(0);
        vm.deal(buyer, 1 ether);
        vm.expectRevert(Escrow.InvalidTerms.selector);
        vm.prank(buyer);
        escrow.fundETH{value: 1 ether}(t);
    }
}
