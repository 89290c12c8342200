-- Indexes for sorting the orders list by total and by promised date at a million orders.
CREATE INDEX sales_orders_total ON sales_orders(total_micros, order_no);
CREATE INDEX sales_orders_promised ON sales_orders(promised_on, order_no);
