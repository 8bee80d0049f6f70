// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title souq Escrow
/// @notice Holds a buyer's payment (ETH or an ERC-20 token) for a chat sale until a signed delivery proof
/// and an inspection window release it to the seller, or a refund, a missed deadline or an arbiter's
/// decision returns it.
/// @dev One shared contract; orders are keyed by an id that commits to every term of the order, so funding
/// with other terms creates another order and can neither block nor alter the real one. Only a one-slot
/// record is stored per order; the terms travel in calldata and are checked against the id.
///
/// Gasless parties: every act of a buyer or seller can be submitted by anyone (souq's relayer) with
/// the party's signature, so custodial wallets never need the native coin. Token funding takes an
/// EIP-2612 permit bound to the order (fundTokenByPermit); confirmReceipt, dispute and refund take
/// EIP-712 signatures (the *BySig functions). Each signed struct names the order id, which commits to
/// the chain, this contract and every term, and a deadline; a signature acts at most once because
/// every signed act moves the order out of the status the act requires (no nonce is stored).
contract Escrow is Ownable2Step, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice The immutable terms of an order, fixed when it is funded.
    /// @param seller the seller's key: the only party who may refund (itself or by signature)
    /// @param payee receives the seller's share (minus the platform fee) on release or resolution
    /// @param buyer receives refunds; the only party who may confirm receipt or dispute
    /// @param token ERC-20 token, or address(0) for ETH
    /// @param amount the escrowed amount in the token's smallest unit
    /// @param attester the key (EOA or ERC-1271 contract) that signs the delivery attestation
    /// @param deliverBy latest attested delivery time (unix seconds); after it, no delivery means refund
    /// @param inspectionPeriod seconds the buyer has after an on-chain delivery to dispute
    /// @param offerHash hash of the off-chain offer (salted; carries no personal data)
    struct Terms {
        address seller;
        address payee;
        address buyer;
        address token;
        uint256 amount;
        address attester;
        uint64 deliverBy;
        uint32 inspectionPeriod;
        bytes32 offerHash;
    }

    /// @notice Where an order stands. None is the zero value of an unknown id.
    enum Status {
        None,
        Funded,
        Delivered,
        Disputed,
        Released,
        Refunded,
        Resolved
    }

    /// @dev The only per-order storage: one slot.
    struct Order {
        Status status;
        uint16 feeBps; // the platform fee in force when the order was funded
        uint64 deliveredAt; // attested delivery time
        uint64 releasableAt; // end of the inspection window
    }

    /// @notice Why an order's money went back to the buyer.
    enum RefundReason {
        BySeller,
        LateDelivery
    }

    /// @notice EIP-712 type of the delivery attestation signed by the order's attester.
    bytes32 public constant DELIVERY_TYPEHASH =
        keccak256("Delivery(bytes32 orderId,bytes32 proofHash,uint64 deliveredAt)");
    /// @notice EIP-712 type of the buyer's confirmation of receipt, submitted by anyone.
    bytes32 public constant CONFIRM_TYPEHASH = keccak256("ConfirmReceipt(bytes32 orderId,uint64 deadline)");
    /// @notice EIP-712 type of the buyer's dispute, submitted by anyone.
    bytes32 public constant DISPUTE_TYPEHASH =
        keccak256("Dispute(bytes32 orderId,bytes32 reasonHash,uint64 deadline)");
    /// @notice EIP-712 type of the seller's full refund, submitted by anyone.
    bytes32 public constant REFUND_TYPEHASH = keccak256("Refund(bytes32 orderId,uint64 deadline)");

    /// @notice Upper bound on the platform fee: 10%.
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice Upper bound on an inspection window: 90 days.
    uint32 public constant MAX_INSPECTION_PERIOD = 90 days;
    /// @dev Gas given to an ETH recipient; enough for smart wallets, too little to grief the caller.
    uint256 private constant ETH_PAYOUT_GAS = 50_000;
    uint256 private constant BPS = 10_000;

    /// @notice Orders by id.
    mapping(bytes32 orderId => Order) public orders;
    /// @notice Payouts that could not be pushed, claimable by their recipient with withdraw.
    mapping(address account => mapping(address token => uint256)) public credits;
    /// @notice Platform fees earned and not yet withdrawn to the treasury, per token (address(0) = ETH).
    /// @dev Kept apart from credits so a release never reads the treasury's address (one cold slot less).
    mapping(address token => uint256) public fees;

    /// @notice Receives platform fees (withdrawFees).
    address public treasury;
    /// @notice Platform fee in basis points applied to orders funded from now on.
    uint16 public feeBps;
    /// @notice Whether new funding is stopped. Shares treasury's and feeBps' slot, so funding reads one
    /// cold slot for both the fee and the pause flag.
    bool public paused;
    /// @notice Resolves disputes.
    address public arbiter;

    /// @notice An order was funded. Carries who pays whom, what and how much; the other terms (attester,
    /// deadlines, offer hash) are in the funding call's input, which an explorer decodes with the ABI and
    /// which the order id commits to, and the fee in force is in orders(orderId) and in Released/Resolved.
    /// Five fewer data words than every term keep each sale about 1,300 gas cheaper.
    event Funded(
        bytes32 indexed orderId,
        address indexed buyer,
        address indexed seller,
        address token,
        uint256 amount,
        address payee,
        address funder
    );
    /// @notice A valid delivery attestation was recorded; the inspection window runs until releasableAt.
    event Delivered(bytes32 indexed orderId, bytes32 proofHash, uint64 deliveredAt, uint64 releasableAt);
    /// @notice The buyer disputed the order; only the arbiter can settle it now.
    event Disputed(bytes32 indexed orderId, bytes32 reasonHash);
    /// @notice The payee was paid sellerAmount and the platform took fee (added to fees).
    event Released(bytes32 indexed orderId, uint256 sellerAmount, uint256 fee, bool byBuyer);
    /// @notice The whole amount went back to the buyer.
    event Refunded(bytes32 indexed orderId, uint256 amount, RefundReason reason);
    /// @notice The arbiter split a disputed order: buyerAmount to the buyer, sellerAmount to the payee.
    event Resolved(bytes32 indexed orderId, uint256 buyerAmount, uint256 sellerAmount, uint256 fee);
    /// @notice A payout could not be pushed: it waits as a credit for withdraw.
    event Credited(address indexed account, address indexed token, uint256 amount);
    /// @notice A credit was withdrawn.
    event Withdrawn(address indexed account, address indexed token, address to, uint256 amount);
    /// @notice Platform fees in a token went to the treasury.
    event FeesWithdrawn(address indexed token, address treasury, uint256 amount);
    /// @notice New funding was stopped by `account`.
    event Paused(address account);
    /// @notice New funding was allowed again by `account`.
    event Unpaused(address account);
    /// @notice The platform fee for new orders changed.
    event FeeChanged(uint16 feeBps);
    /// @notice The treasury changed.
    event TreasuryChanged(address treasury);
    /// @notice The arbiter changed.
    event ArbiterChanged(address arbiter);

    /// @notice A zero address or amount, a deliverBy not in the future, an inspection period over the
    /// maximum, or a funding call for the other kind of asset.
    error InvalidTerms();
    /// @notice An order with these terms was funded already.
    error AlreadyExists(bytes32 orderId);
    /// @notice The order is not in a status that allows this act.
    error WrongStatus(bytes32 orderId, Status status);
    /// @notice fundETH got another value than terms.amount.
    error WrongValue(uint256 sent, uint256 expected);
    /// @notice The token delivered less than it was asked to (a fee-on-transfer token).
    error ShortTransfer(uint256 received, uint256 expected);
    /// @notice Only the order's buyer (or its signature) may do this.
    error NotBuyer();
    /// @notice Only the order's seller (or its signature) may do this.
    error NotSeller();
    /// @notice Only the arbiter may do this.
    error NotArbiter();
    /// @notice The signature is not the expected party's over this act of this order.
    error BadSignature();
    /// @notice A signed act submitted after its deadline.
    error SignatureExpired(uint64 deadline);
    /// @notice The attested delivery time is after terms.deliverBy.
    error LateDelivery(uint64 deliveredAt, uint64 deliverBy);
    /// @notice The attested delivery time is in the chain's future.
    error FutureDelivery(uint64 deliveredAt);
    /// @notice release before the end of the inspection window.
    error InspectionRunning(uint64 releasableAt);
    /// @notice dispute after the end of the inspection window.
    error InspectionOver(uint64 releasableAt);
    /// @notice refundExpired before terms.deliverBy has passed.
    error NotExpired(uint64 deliverBy);
    /// @notice The arbiter's refund is larger than the order.
    error SplitTooLarge(uint256 buyerAmount, uint256 amount);
    /// @notice A fee above MAX_FEE_BPS.
    error FeeTooHigh(uint16 feeBps);
    /// @notice A zero address where an account is needed.
    error ZeroAddress();
    /// @notice withdraw or withdrawFees with nothing to take.
    error NothingToWithdraw();
    /// @notice An ETH withdrawal the recipient refused.
    error PayoutFailed();
    /// @notice Funding while paused.
    error EnforcedPause();
    /// @notice unpause while not paused.
    error ExpectedPause();

    /// @param initialOwner may set the fee, treasury and arbiter, and pause funding
    /// @param initialTreasury receives platform fees
    /// @param initialArbiter resolves disputes
    /// @param initialFeeBps platform fee in basis points (at most MAX_FEE_BPS)
    constructor(address initialOwner, address initialTreasury, address initialArbiter, uint16 initialFeeBps)
        Ownable(initialOwner)
        EIP712("souq Escrow", "1")
    {
        _setTreasury(initialTreasury);
        _setArbiter(initialArbiter);
        _setFee(initialFeeBps);
    }

    // ------------------------------------------------------------------ funding

    /// @notice Funds an ETH order with msg.value == terms.amount. Anyone may fund (an operator for a
    /// custodial buyer, or the buyer's own wallet); refunds always go to terms.buyer.
    /// @param terms the order's terms; terms.token must be address(0)
    /// @return id the id that commits to the terms
    function fundETH(Terms calldata terms) external payable nonReentrant returns (bytes32 id) {
        if (terms.token != address(0)) revert InvalidTerms();
        if (msg.value != terms.amount) revert WrongValue(msg.value, terms.amount);
        id = _open(terms);
    }

    /// @notice Funds an ERC-20 order from msg.sender's allowance to this contract.
    /// @param terms the order's terms; terms.token must be a token
    /// @return id the id that commits to the terms
    function fundToken(Terms calldata terms) external nonReentrant returns (bytes32 id) {
        id = _open(terms);
        _pull(terms, msg.sender);
    }

    /// @notice Funds an ERC-20 order in one transaction with an EIP-2612 permit signed by msg.sender.
    /// @dev The permit is tried and its failure ignored (it may have been front-run); the allowance then
    /// decides, as OpenZeppelin advises for IERC20Permit.
    /// @param terms the order's terms
    /// @param deadline permit deadline
    /// @param v permit signature v
    /// @param r permit signature r
    /// @param s permit signature s
    /// @return id the id that commits to the terms
    function fundTokenWithPermit(Terms calldata terms, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (bytes32 id)
    {
        id = _open(terms);
        try IERC20Permit(terms.token).permit(msg.sender, address(this), terms.amount, deadline, v, r, s) {} catch {}
        _pull(terms, msg.sender);
    }

    /// @notice Funds an ERC-20 order from terms.buyer with the buyer's EIP-2612 permit, submitted by anyone
    /// (souq's relayer pays the gas; the buyer's wallet needs no native coin).
    /// @dev The permit is bound to the order: its deadline must be permitDeadline(id, validUntil), whose
    /// high 192 bits are the order id's, so a permit signed for one order cannot fund other terms (another
    /// seller or payee) — the same binding Base's AuthCaptureEscrow gets from an ERC-3009 nonce. The
    /// permit must succeed here: an allowance alone never lets a third party pull from the buyer. A
    /// front-run permit only makes this call revert (the buyer signs a new one); it moves no money.
    /// @param terms the order's terms
    /// @param validUntil the last second (chain time) the permit may be used
    /// @param v permit signature v
    /// @param r permit signature r
    /// @param s permit signature s
    /// @return id the id that commits to the terms
    function fundTokenByPermit(Terms calldata terms, uint64 validUntil, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (bytes32 id)
    {
        id = _open(terms);
        if (block.timestamp > validUntil) revert SignatureExpired(validUntil);
        IERC20Permit(terms.token).permit(terms.buyer, address(this), terms.amount, permitDeadline(id, validUntil), v, r, s);
        _pull(terms, terms.buyer);
    }

    // ------------------------------------------------------------------ delivery and release

    /// @notice Records a delivery attested by the order's attester and starts the inspection window.
    /// With a zero inspection period the seller is paid at once. Anyone may submit the attestation.
    /// @param terms the order's terms
    /// @param proofHash commitment to the off-chain evidence (e.g. sha256 of the delivery photo record)
    /// @param deliveredAt attested delivery time; at most terms.deliverBy and not in the future
    /// @param signature the attester's EIP-712 signature of Delivery(orderId, proofHash, deliveredAt)
    function deliver(Terms calldata terms, bytes32 proofHash, uint64 deliveredAt, bytes calldata signature)
        external
        nonReentrant
    {
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Funded) revert WrongStatus(id, o.status);
        if (deliveredAt > terms.deliverBy) revert LateDelivery(deliveredAt, terms.deliverBy);
        if (deliveredAt > block.timestamp) revert FutureDelivery(deliveredAt);
        bytes32 digest = _hashTypedDataV4(keccak256(abi.encode(DELIVERY_TYPEHASH, id, proofHash, deliveredAt)));
        if (!_isValidSig(terms.attester, digest, signature)) revert BadSignature();

        uint64 releasableAt = uint64(block.timestamp) + terms.inspectionPeriod;
        o.deliveredAt = deliveredAt;
        o.releasableAt = releasableAt;
        emit Delivered(id, proofHash, deliveredAt, releasableAt);
        if (terms.inspectionPeriod == 0) {
            _release(id, o, terms, false);
        } else {
            o.status = Status.Delivered;
        }
    }

    /// @notice The buyer confirms receipt: the seller is paid at once, with or without a delivery proof.
    /// @param terms the order's terms
    function confirmReceipt(Terms calldata terms) external nonReentrant {
        if (msg.sender != terms.buyer) revert NotBuyer();
        _confirm(orderId(terms), terms);
    }

    /// @notice confirmReceipt submitted by anyone with the buyer's EIP-712 signature of
    /// ConfirmReceipt(orderId, deadline). It acts once: the order leaves Funded/Delivered for good.
    /// @param terms the order's terms
    /// @param deadline last second (chain time) the signature may be used
    /// @param signature the buyer's signature (ECDSA, or ERC-1271 for a contract wallet)
    function confirmReceiptBySig(Terms calldata terms, uint64 deadline, bytes calldata signature) external nonReentrant {
        bytes32 id = orderId(terms);
        _checkSig(terms.buyer, keccak256(abi.encode(CONFIRM_TYPEHASH, id, deadline)), deadline, signature);
        _confirm(id, terms);
    }

    /// @notice Pays the seller once the inspection window after a delivery has passed with no dispute.
    /// Anyone may call it.
    /// @param terms the order's terms
    function release(Terms calldata terms) external nonReentrant {
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Delivered) revert WrongStatus(id, o.status);
        if (block.timestamp < o.releasableAt) revert InspectionRunning(o.releasableAt);
        _release(id, o, terms, false);
    }

    // ------------------------------------------------------------------ refunds and disputes

    /// @notice The seller refunds the buyer in full, at any time before release (also during a dispute).
    /// @param terms the order's terms
    function refund(Terms calldata terms) external nonReentrant {
        if (msg.sender != terms.seller) revert NotSeller();
        _sellerRefund(orderId(terms), terms);
    }

    /// @notice refund submitted by anyone with the seller's EIP-712 signature of Refund(orderId, deadline)
    /// (a merchant refunding from chat: the relayer pays). It acts once: a refunded order stays refunded.
    /// @param terms the order's terms
    /// @param deadline last second (chain time) the signature may be used
    /// @param signature the seller's signature (ECDSA, or ERC-1271 for a contract wallet)
    function refundBySig(Terms calldata terms, uint64 deadline, bytes calldata signature) external nonReentrant {
        bytes32 id = orderId(terms);
        _checkSig(terms.seller, keccak256(abi.encode(REFUND_TYPEHASH, id, deadline)), deadline, signature);
        _sellerRefund(id, terms);
    }

    /// @notice Refunds the buyer in full when deliverBy has passed with no valid delivery. Anyone may call it.
    /// @param terms the order's terms
    function refundExpired(Terms calldata terms) external nonReentrant {
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Funded) revert WrongStatus(id, o.status);
        if (block.timestamp <= terms.deliverBy) revert NotExpired(terms.deliverBy);
        _refund(id, o, terms, RefundReason.LateDelivery);
    }

    /// @notice The buyer disputes the order before release: before delivery, or within the inspection window.
    /// Only the arbiter (or the seller, by refunding) can settle it afterwards.
    /// @param terms the order's terms
    /// @param reasonHash hash of the buyer's off-chain reason (no personal data on-chain)
    function dispute(Terms calldata terms, bytes32 reasonHash) external nonReentrant {
        if (msg.sender != terms.buyer) revert NotBuyer();
        _dispute(orderId(terms), reasonHash);
    }

    /// @notice dispute submitted by anyone with the buyer's EIP-712 signature of
    /// Dispute(orderId, reasonHash, deadline). It acts once: a disputed order cannot be disputed again.
    /// @param terms the order's terms
    /// @param reasonHash hash of the buyer's off-chain reason
    /// @param deadline last second (chain time) the signature may be used
    /// @param signature the buyer's signature (ECDSA, or ERC-1271 for a contract wallet)
    function disputeBySig(Terms calldata terms, bytes32 reasonHash, uint64 deadline, bytes calldata signature)
        external
        nonReentrant
    {
        bytes32 id = orderId(terms);
        _checkSig(terms.buyer, keccak256(abi.encode(DISPUTE_TYPEHASH, id, reasonHash, deadline)), deadline, signature);
        _dispute(id, reasonHash);
    }

    function _dispute(bytes32 id, bytes32 reasonHash) private {
        Order storage o = orders[id];
        Status st = o.status;
        if (st == Status.Delivered) {
            if (block.timestamp >= o.releasableAt) revert InspectionOver(o.releasableAt);
        } else if (st != Status.Funded) {
            revert WrongStatus(id, st);
        }
        o.status = Status.Disputed;
        emit Disputed(id, reasonHash);
    }

    /// @notice The arbiter settles a dispute: buyerAmount goes back to the buyer, the rest to the seller
    /// minus the platform fee on the seller's share.
    /// @param terms the order's terms
    /// @param buyerAmount the refund, from 0 (seller wins) to terms.amount (full refund)
    function resolve(Terms calldata terms, uint256 buyerAmount) external nonReentrant {
        if (msg.sender != arbiter) revert NotArbiter();
        bytes32 id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.Disputed) revert WrongStatus(id, o.status);
        if (buyerAmount > terms.amount) revert SplitTooLarge(buyerAmount, terms.amount);

        uint256 sellerGross = terms.amount - buyerAmount;
        uint256 fee = Math.mulDiv(sellerGross, o.feeBps, BPS);
        o.status = Status.Resolved;
        emit Resolved(id, buyerAmount, sellerGross - fee, fee);
        _addFee(terms.token, fee);
        _pay(terms.token, terms.buyer, buyerAmount);
        _pay(terms.token, terms.payee, sellerGross - fee);
    }

    // ------------------------------------------------------------------ credits

    /// @notice Withdraws msg.sender's credit in a token (address(0) = ETH) to `to`.
    /// @param token the token, or address(0) for ETH
    /// @param to where to send it
    function withdraw(address token, address to) external nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = credits[msg.sender][token];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender][token] = 0;
        emit Withdrawn(msg.sender, token, to, amount);
        if (token == address(0)) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert PayoutFailed();
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }

    /// @notice Sends the platform fees earned in a token (address(0) = ETH) to the treasury. Anyone may call
    /// it; the fees only ever go to the treasury.
    /// @param token the token, or address(0) for ETH
    function withdrawFees(address token) external nonReentrant {
        uint256 amount = fees[token];
        if (amount == 0) revert NothingToWithdraw();
        address to = treasury;
        fees[token] = 0;
        emit FeesWithdrawn(token, to, amount);
        if (token == address(0)) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert PayoutFailed();
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }

    // ------------------------------------------------------------------ views

    /// @notice The id of an order with these terms on this chain and contract.
    /// @param terms the order's terms
    /// @return the order id
    function orderId(Terms calldata terms) public view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), terms));
    }

    /// @notice The EIP-712 digest the attester signs for a delivery.
    /// @param id the order id
    /// @param proofHash commitment to the delivery evidence
    /// @param deliveredAt attested delivery time
    /// @return the digest
    function deliveryDigest(bytes32 id, bytes32 proofHash, uint64 deliveredAt) external view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(DELIVERY_TYPEHASH, id, proofHash, deliveredAt)));
    }

    /// @notice The EIP-712 digest a party signs for confirmReceiptBySig (buyer), refundBySig (seller) or
    /// disputeBySig (buyer): the typed struct's hash under this contract's domain.
    /// @param structHash keccak256(abi.encode(TYPEHASH, fields...)) of ConfirmReceipt, Refund or Dispute
    /// @return the digest
    function actDigest(bytes32 structHash) external view returns (bytes32) {
        return _hashTypedDataV4(structHash);
    }

    /// @notice The deadline a buyer's permit must carry for fundTokenByPermit: the order id's high 192 bits
    /// and validUntil in the low 64, so the permit names the order it pays for.
    /// @param id the order id
    /// @param validUntil last second the permit may be used
    /// @return the permit deadline
    function permitDeadline(bytes32 id, uint64 validUntil) public pure returns (uint256) {
        return (uint256(id) & ~uint256(type(uint64).max)) | validUntil;
    }

    /// @notice The EIP-712 domain separator of this contract on this chain.
    /// @return the domain separator
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ------------------------------------------------------------------ administration

    /// @notice Sets the platform fee for orders funded from now on; funded orders keep theirs.
    /// @param newFeeBps fee in basis points, at most MAX_FEE_BPS
    function setFee(uint16 newFeeBps) external onlyOwner {
        _setFee(newFeeBps);
    }

    /// @notice Sets the account that receives platform fees.
    /// @param newTreasury the treasury
    function setTreasury(address newTreasury) external onlyOwner {
        _setTreasury(newTreasury);
    }

    /// @notice Sets the account that resolves disputes.
    /// @param newArbiter the arbiter
    function setArbiter(address newArbiter) external onlyOwner {
        _setArbiter(newArbiter);
    }

    /// @notice Stops new funding. Releases, refunds, disputes and withdrawals go on.
    function pause() external onlyOwner {
        if (paused) revert EnforcedPause();
        paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Allows new funding again.
    function unpause() external onlyOwner {
        if (!paused) revert ExpectedPause();
        paused = false;
        emit Unpaused(msg.sender);
    }

    // ------------------------------------------------------------------ internals

    function _open(Terms calldata terms) private returns (bytes32 id) {
        if (paused) revert EnforcedPause();
        if (
            terms.seller == address(0) || terms.payee == address(0) || terms.buyer == address(0)
                || terms.attester == address(0)
                || terms.amount == 0 || terms.deliverBy <= block.timestamp
                || terms.inspectionPeriod > MAX_INSPECTION_PERIOD
        ) revert InvalidTerms();
        id = orderId(terms);
        Order storage o = orders[id];
        if (o.status != Status.None) revert AlreadyExists(id);
        uint16 fee = feeBps;
        o.status = Status.Funded;
        o.feeBps = fee;
        emit Funded(id, terms.buyer, terms.seller, terms.token, terms.amount, terms.payee, msg.sender);
    }

    /// @dev Pulls terms.amount from `from` and rejects tokens that deliver less (fee-on-transfer).
    function _pull(Terms calldata terms, address from) private {
        if (terms.token == address(0)) revert InvalidTerms();
        IERC20 token = IERC20(terms.token);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(from, address(this), terms.amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != terms.amount) revert ShortTransfer(received, terms.amount);
    }

    function _checkSig(address signer, bytes32 structHash, uint64 deadline, bytes calldata signature) private view {
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        if (!_isValidSig(signer, _hashTypedDataV4(structHash), signature)) revert BadSignature();
    }

    /// @dev ECDSA first, ERC-1271 only when that fails: SignatureChecker asks for the signer's code size
    /// first, a cold account access (2,600 gas) on every signed act of an EOA, which custodial keys are.
    function _isValidSig(address signer, bytes32 digest, bytes calldata signature) private view returns (bool) {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (err == ECDSA.RecoverError.NoError && recovered == signer) return true;
        return SignatureChecker.isValidERC1271SignatureNowCalldata(signer, digest, signature);
    }

    function _confirm(bytes32 id, Terms calldata terms) private {
        Order storage o = orders[id];
        if (o.status != Status.Funded && o.status != Status.Delivered) revert WrongStatus(id, o.status);
        _release(id, o, terms, true);
    }

    function _sellerRefund(bytes32 id, Terms calldata terms) private {
        Order storage o = orders[id];
        Status st = o.status;
        if (st != Status.Funded && st != Status.Delivered && st != Status.Disputed) revert WrongStatus(id, st);
        _refund(id, o, terms, RefundReason.BySeller);
    }

    function _release(bytes32 id, Order storage o, Terms calldata terms, bool byBuyer) private {
        // mulDiv: no overflow even for amounts near 2^256, so no order can be locked by its fee.
        uint256 fee = Math.mulDiv(terms.amount, o.feeBps, BPS);
        o.status = Status.Released;
        emit Released(id, terms.amount - fee, fee, byBuyer);
        _addFee(terms.token, fee);
        _pay(terms.token, terms.payee, terms.amount - fee);
    }

    function _addFee(address token, uint256 fee) private {
        if (fee != 0) fees[token] += fee;
    }

    function _refund(bytes32 id, Order storage o, Terms calldata terms, RefundReason reason) private {
        o.status = Status.Refunded;
        emit Refunded(id, terms.amount, reason);
        _pay(terms.token, terms.buyer, terms.amount);
    }

    /// @dev Pushes a payout; a recipient that cannot take it (reverting ETH receiver, blocklisted token
    /// account) gets a withdrawable credit instead, so no order is ever locked by its recipient.
    function _pay(address token, address to, uint256 amount) private {
        if (amount == 0) return;
        bool ok;
        if (token == address(0)) {
            // No return data is copied: a recipient cannot make us pay for a huge revert reason.
            assembly ("memory-safe") {
                ok := call(ETH_PAYOUT_GAS, to, amount, 0, 0, 0, 0)
            }
        } else {
            ok = IERC20(token).trySafeTransfer(to, amount);
        }
        if (!ok) _credit(to, token, amount);
    }

    function _credit(address account, address token, uint256 amount) private {
        if (amount == 0) return;
        credits[account][token] += amount;
        emit Credited(account, token, amount);
    }

    function _setFee(uint16 newFeeBps) private {
        if (newFeeBps > MAX_FEE_BPS) revert FeeTooHigh(newFeeBps);
        feeBps = newFeeBps;
        emit FeeChanged(newFeeBps);
    }

    function _setTreasury(address newTreasury) private {
        if (newTreasury == address(0)) revert ZeroAddress();
        treasury = newTreasury;
        emit TreasuryChanged(newTreasury);
    }

    function _setArbiter(address newArbiter) private {
        if (newArbiter == address(0)) revert ZeroAddress();
        arbiter = newArbiter;
        emit ArbiterChanged(newArbiter);
    }
}
