/**
 * Reports and moderation. Any signed-in account reports a proposal or a comment (spam, offensive, off-topic, with
 * optional details), once per item; when enough distinct accounts have reported an item it is hidden until a
 * moderator looks at it. Hiding is done by the owning feature ({@code ProposalService.hideReported},
 * {@code CommentService.hideReported}); this package only decides when.
 */
package org.civitas.moderation;
