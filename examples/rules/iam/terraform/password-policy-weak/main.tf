# A sandbox account whose policy only asks for length.
resource "aws_iam_account_password_policy" "bad_length_only" {
  minimum_password_length        = 10
  allow_users_to_change_password = true
}
