# Appointment tables on DynamoDB, one good and one bad of each setting.

resource "aws_kms_key" "appointments" {
  description         = "Customer-managed key for appointment data"
  enable_key_rotation = true
}

resource "aws_dynamodb_table" "good_appointments" {
  name         = "appointments"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.appointments.arn
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "good_scaled_referrals" {
  name           = "referrals"
  read_capacity  = 5
  write_capacity = 5
  hash_key       = "pk"

  attribute {
    name = "pk"
    type = "S"
  }

  server_side_encryption {
    enabled = true
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_appautoscaling_target" "referrals_read" {
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.good_scaled_referrals.name}"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 5
  max_capacity       = 200
}

resource "aws_appautoscaling_target" "referrals_write" {
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.good_scaled_referrals.name}"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  min_capacity       = 5
  max_capacity       = 200
}

resource "aws_dynamodb_table" "bad_visit_notes" {
  name           = "visit-notes"
  read_capacity  = 20
  write_capacity = 10
  hash_key       = "pk"

  attribute {
    name = "pk"
    type = "S"
  }
}
