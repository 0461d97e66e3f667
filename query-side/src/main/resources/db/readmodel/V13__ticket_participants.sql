-- Who takes part in a ticket beside its requester (CCs), in the order they were added; names and addresses in
-- pii.customer.
CREATE TABLE read_model.ticket_participant (
    ticket_id   UUID   NOT NULL,
    customer_id UUID   NOT NULL,
    version     BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, customer_id)
);
